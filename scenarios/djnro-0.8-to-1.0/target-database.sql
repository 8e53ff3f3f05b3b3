-- The document's `create database eduroam character set = 'utf8' collate = 'utf8_unicode_ci'` on the new
-- host: the throwaway database already exists, so it gets the same defaults before Django creates tables.
ALTER DATABASE CHARACTER SET utf8 COLLATE utf8_unicode_ci;
