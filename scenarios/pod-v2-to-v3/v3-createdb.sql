-- The fresh Pod v3 as seed 001 (procedure 2) prepares it: `make createDB` (makemigrations + migrate +
-- initial data), then "Supprimer alors les données de toutes les tables SAUF django_migrations".
-- The schema itself comes from ../esup-pod/schema/v3/mariadb.sql (run before this file); what is left
-- of the data is the v3 migration history, which the v2 export leaves out and the import must not touch.
INSERT INTO `django_migrations` (`app`, `name`, `applied`) VALUES
('contenttypes', '0001_initial', '2023-02-01 09:00:00.000000'),
('auth', '0001_initial', '2023-02-01 09:00:00.000000'),
('sites', '0001_initial', '2023-02-01 09:00:00.000000'),
('authentication', '0001_initial', '2023-02-01 09:00:01.000000'),
('video', '0001_initial', '2023-02-01 09:00:02.000000'),
('video_encode_transcript', '0001_initial', '2023-02-01 09:00:03.000000'),
('completion', '0001_initial', '2023-02-01 09:00:04.000000'),
('playlist', '0001_initial', '2023-02-01 09:00:05.000000'),
('tagging', '0001_initial', '2023-02-01 09:00:05.000000'),
('live', '0001_initial', '2023-02-01 09:00:06.000000'),
('meeting', '0001_initial', '2023-02-01 09:00:07.000000');
