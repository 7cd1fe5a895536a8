-- GET /subjects pages in SQL over registry_subjects (ORDER BY context_name, subject with OFFSET/FETCH). Java, H2 and
-- Confluent order subject names by code point; a database created with a language collation (en_US.UTF-8) would
-- page them in another order, so these two columns compare as bytes ("C"), and the primary key serves the order.
ALTER TABLE registry_subjects
    ALTER COLUMN context_name TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN subject TYPE VARCHAR(600) COLLATE "C";
