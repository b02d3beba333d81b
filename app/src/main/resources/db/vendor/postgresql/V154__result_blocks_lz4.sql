-- PostgreSQL only (db/vendor/{vendor}): result blocks (V153) are compressed with LZ4 when they are moved out of
-- line, instead of the default pglz. A national township run writes about 106 MB of blocks; with pglz the server
-- spent about ten times as long compressing them as writing them (psql, the 7 blocks of one national run at load
-- ~15: pglz 15.3-16.5 s and 151 MB stored; lz4 1.4-1.7 s and 141 MB; uncompressed 1.5-1.6 s and 211 MB on disk).
ALTER TABLE eval_result_block ALTER COLUMN body SET COMPRESSION lz4;
