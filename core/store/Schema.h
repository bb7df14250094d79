// The HPLX landscape database schema (documented in docs/schema.md).
#pragma once

namespace hplx::schema {

// Bumped for every change a reader of the previous version cannot read.
constexpr int kVersion = 1;
// Value of the 'format' row of hplx_meta that marks a file as ours.
constexpr const char *kFormatTag = "hplx-landscapes";

// Statements that create an empty version-kVersion database.
extern const char *const kCreateSql;

} // namespace hplx::schema
