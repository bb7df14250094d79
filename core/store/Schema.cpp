#include "store/Schema.h"

namespace hplx::schema {

// losses is WITHOUT ROWID with the key (landscape_id, config_id): one landscape is
// one contiguous B-tree range already sorted by configuration, so loading it is a
// single range scan with no sort and no separate index lookup.
const char *const kCreateSql = R"sql(
CREATE TABLE hplx_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE spaces (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0)
);
CREATE TABLE hyperparameters (
    space_id INTEGER NOT NULL REFERENCES spaces(id),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('ordinal', 'categorical')),
    PRIMARY KEY (space_id, position)
) WITHOUT ROWID;
CREATE TABLE hp_values (
    space_id    INTEGER NOT NULL,
    hp_position INTEGER NOT NULL,
    value_index INTEGER NOT NULL,
    label       TEXT NOT NULL,
    PRIMARY KEY (space_id, hp_position, value_index),
    FOREIGN KEY (space_id, hp_position) REFERENCES hyperparameters(space_id, position)
) WITHOUT ROWID;
CREATE TABLE landscapes (
    id             INTEGER PRIMARY KEY,
    space_id       INTEGER NOT NULL REFERENCES spaces(id),
    model          TEXT NOT NULL,
    dataset        TEXT NOT NULL,
    fidelity_name  TEXT NOT NULL DEFAULT '',
    fidelity_value REAL,
    split          TEXT NOT NULL,
    loss_name      TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    attributes     TEXT NOT NULL DEFAULT '{}',
    evaluated      INTEGER NOT NULL
);
CREATE UNIQUE INDEX landscapes_key ON landscapes (
    space_id, model, dataset, fidelity_name, IFNULL(fidelity_value, ''), split, loss_name
);
CREATE TABLE losses (
    landscape_id INTEGER NOT NULL REFERENCES landscapes(id),
    config_id    INTEGER NOT NULL,
    loss         REAL NOT NULL,
    PRIMARY KEY (landscape_id, config_id)
) WITHOUT ROWID;
)sql";

} // namespace hplx::schema
