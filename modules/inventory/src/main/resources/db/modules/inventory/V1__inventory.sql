-- The inventory module's tables (docs/extending.md). They share the schema with the core and with
-- every other business module, so each table name starts with the module's name: no module can
-- collide with the core's tables or another module's, and an operator sees whose a table is.
-- Ids are UUIDv7 made by the domain; rows are deleted softly (deleted_at), as the core's.

-- Warehouses, owned by a department: the data scope of that department decides who sees them.
-- The department is referenced as users reference theirs (V3 of the core): a foreign key, which
-- holds because the core only ever deletes departments softly. Codes are lower-case ASCII (the
-- domain's WarehouseCode); COLLATE "C" makes their order byte order, as the store contract lists
-- them, whatever the database's locale.
CREATE TABLE inventory_warehouses (
    id         uuid         PRIMARY KEY,
    code       varchar(64)  COLLATE "C" NOT NULL,
    name       varchar(64)  NOT NULL,
    address    varchar(200),
    status     varchar(16)  NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    dept_id    uuid         NOT NULL REFERENCES departments (id),
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    deleted_at timestamptz
);
-- A code is unique among the warehouses that exist; a deleted one frees it. Also the listing's
-- order when the scope is everything.
CREATE UNIQUE INDEX inventory_warehouses_code_key ON inventory_warehouses (code) WHERE deleted_at IS NULL;
-- The scoped listing (dept_id = ANY(scope)) in its order, by code.
CREATE INDEX inventory_warehouses_dept_code ON inventory_warehouses (dept_id, code) WHERE deleted_at IS NULL;

-- Items, each in one warehouse for life; an item's data scope is its warehouse's. SKUs are kept as
-- given but compared ignoring case (the domain's Sku.key(): upper case), and are ASCII, so upper()
-- under COLLATE "C" is the key, in byte order as the store contract lists them.
CREATE TABLE inventory_items (
    id            uuid         PRIMARY KEY,
    warehouse_id  uuid         NOT NULL REFERENCES inventory_warehouses (id),
    sku           varchar(40)  COLLATE "C" NOT NULL,
    name          varchar(100) NOT NULL,
    unit          varchar(16)  NOT NULL,
    -- the domain never lets stock go negative; the table refuses it too
    quantity      bigint       NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    reorder_level bigint       NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    deleted_at    timestamptz
);
-- A SKU is unique among live items ignoring case; a deleted item frees it. Also the listing's order
-- across warehouses, and what a SKU prefix search (upper(sku) LIKE 'P%') walks.
CREATE UNIQUE INDEX inventory_items_sku_key ON inventory_items (upper(sku)) WHERE deleted_at IS NULL;
-- The listing of one warehouse in its order, the scope's semi-join on warehouses, and "does the
-- warehouse hold a live item" before it is deleted.
CREATE INDEX inventory_items_warehouse_sku ON inventory_items (warehouse_id, upper(sku)) WHERE deleted_at IS NULL;
