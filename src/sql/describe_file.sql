-- Columns and types of one Parquet file. $1: the file's path as registered.
DESCRIBE SELECT * FROM read_parquet($1)
