-- GUCs: every name of the design exists, time settings carry units, and the
-- Redis password is invisible to anyone but superusers.
SELECT name, setting, unit, context
FROM pg_settings WHERE name LIKE 'lsnroute.%' AND name <> 'lsnroute.redis_port'
ORDER BY name;

SHOW lsnroute.publish_interval;
SHOW lsnroute.redis_timeout;

-- Values that would make a bad Redis key are refused.
ALTER SYSTEM SET lsnroute.cluster = 'no spaces allowed';
ALTER SYSTEM SET lsnroute.node_name = 'bad/name';
ALTER SYSTEM SET lsnroute.node_dsn = 'host=x password=secret';
ALTER SYSTEM SET lsnroute.publish_interval = 0;
ALTER SYSTEM SET lsnroute.no_such_setting = 1;

-- SIGHUP settings cannot be changed per session.
SET lsnroute.cluster = 'other';

CREATE ROLE lsnroute_regress_user LOGIN;
SET ROLE lsnroute_regress_user;
SHOW lsnroute.redis_password;
SELECT count(*) AS password_rows FROM pg_settings WHERE name = 'lsnroute.redis_password';
SELECT current_setting('lsnroute.redis_password');
RESET ROLE;
-- The superuser sees that one is set (the value itself is not printed here).
SELECT current_setting('lsnroute.redis_password') <> '' AS password_set;
DROP ROLE lsnroute_regress_user;
