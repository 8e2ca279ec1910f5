-- One database and one owner role per service: a service can only see its own tables
-- (interviews + outbox, plans + follow-ups, deliveries, the web app's sign-ins and settings, mailboxes). Runs once, when the volume is new.
-- The passwords are for the local stack only; real deployments take them from secrets.
CREATE ROLE interview LOGIN PASSWORD 'interview';
CREATE ROLE planner   LOGIN PASSWORD 'planner';
CREATE ROLE notifier  LOGIN PASSWORD 'notifier';
CREATE ROLE webapp    LOGIN PASSWORD 'webapp';
CREATE ROLE inbox     LOGIN PASSWORD 'inbox';

CREATE DATABASE interview OWNER interview;
CREATE DATABASE planner   OWNER planner;
CREATE DATABASE notifier  OWNER notifier;
CREATE DATABASE webapp    OWNER webapp;
CREATE DATABASE inbox     OWNER inbox;
