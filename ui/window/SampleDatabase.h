// Where the bundled sample database is: the app opens it when started
// without a database.
#pragma once

#include <QString>

namespace hplx {

// HPLX_SAMPLE_DB from the environment, else the sample installed beside the
// binary (../share/hplx/samples/sample.db), else the one in the source tree
// the binary was built from; an empty string when none exists.
QString bundledSampleDatabase();

} // namespace hplx
