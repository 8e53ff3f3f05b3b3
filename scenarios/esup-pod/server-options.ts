/**
 * The MariaDB server options of a Pod database host, for the throwaway source and target of every Pod
 * scenario: utf8mb4, Pod's character set, and a buffer pool that holds the working set of a large
 * instance, as a production host is sized. With MariaDB's default 128 MB
 * (https://mariadb.com/kb/en/innodb-system-variables/#innodb_buffer_pool_size), a 100,000-video database
 * no longer fits: the imports' index inserts read their pages from disk, and the steps grow faster than
 * the data (pod-v1-to-v2's `import-pod` on one 100,000-video snapshot: 23.2 s with the default pool,
 * 16.9 s with 1 GB). The server takes memory for the pool as pages fill it: started empty, a 1 GB pool
 * costs about 18 MB more than the default one, so small snapshots hardly pay for it.
 * Set these to your production server's values.
 */
export const POD_MARIADB_OPTIONS = { 'character-set-server': 'utf8mb4', 'innodb-buffer-pool-size': '1G' } as const;
