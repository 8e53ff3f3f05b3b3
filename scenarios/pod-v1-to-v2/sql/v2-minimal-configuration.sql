-- Seed 000, "Configuration minimale en base de données": the site's domain and the two groups that
-- existed in v1. The domain is a placeholder, as in the seed ("positionner la bonne valeur selon l'environnement").
UPDATE `django_site` SET `domain` = 'pod.univ.fr', `name` = 'pod.univ.fr' WHERE `django_site`.`id` = 1;
INSERT INTO `auth_group` (`id`, `name`) VALUES ('1', 'Manager'), ('2', 'Can delete file');
