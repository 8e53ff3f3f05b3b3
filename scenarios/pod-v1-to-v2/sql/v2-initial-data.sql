-- What Pod v2's `create_data_base.sh` leaves in a new database besides the tables (seed 000,
-- "Initialiser la base de données"): the default site, the content types that `migrate` registers for
-- the apps the migration touches, and the `initial_data` fixture's video renditions (research §4.4).
INSERT INTO django_site (id, domain, name) VALUES (1, 'example.com', 'example.com');

INSERT INTO django_content_type (app_label, model) VALUES
  ('contenttypes', 'contenttype'), ('sites', 'site'), ('auth', 'group'), ('auth', 'permission'), ('auth', 'user'),
  ('flatpages', 'flatpage'), ('authentication', 'owner'), ('authentication', 'accessgroup'),
  ('podfile', 'userfolder'), ('podfile', 'customfilemodel'), ('podfile', 'customimagemodel'),
  ('main', 'customfilemodel'), ('main', 'customimagemodel'),
  ('video', 'video'), ('video', 'channel'), ('video', 'theme'), ('video', 'type'), ('video', 'discipline'),
  ('video', 'videorendition'), ('video', 'encodingvideo'), ('video', 'encodingaudio'), ('video', 'playlistvideo'),
  ('chapter', 'chapter'), ('completion', 'contributor'), ('completion', 'document'), ('completion', 'track'),
  ('completion', 'overlay'), ('enrichment', 'enrichment'), ('tagging', 'tag'), ('tagging', 'taggeditem'),
  ('playlist', 'playlist'), ('playlist', 'playlistelement'), ('recorder', 'recorder'), ('live', 'building'), ('live', 'broadcaster');

INSERT INTO video_videorendition (id, resolution, minrate, video_bitrate, maxrate, audio_bitrate, encode_mp4) VALUES
  (1, '640x360', '500k', '750k', '1000k', '96k', 1),
  (2, '1280x720', '1000k', '2000k', '3000k', '128k', 1),
  (3, '1920x1080', '2000k', '3000k', '4500k', '192k', 0);
INSERT INTO video_videorendition_sites (videorendition_id, site_id) VALUES (1, 1), (2, 1), (3, 1);
