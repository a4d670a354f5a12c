-- PostgreSQL roles for the exam service: an owner role that runs the
-- migrations and owns every table, and an app role the service runs as, which
-- may read and write rows but may only SELECT and INSERT on the audit trail.
-- Not owning audit_log, the app role can neither rewrite nor delete audit rows
-- nor switch the append-only trigger off (ALTER TABLE needs the owner).
--
-- Run once per database, as a superuser, with psql:
--
--   psql "postgres://postgres@db-host/exam" -f scripts/postgres-roles.sql \
--        -v owner_password='…' -v app_password='…'
--
-- Optional: -v owner=exam_owner -v app=exam_app (the defaults), and, when an
-- existing installation ran as a single role, -v previous=<that role> to hand
-- its tables to the owner role. Then:
--
--   DATABASE_URL=postgres://exam_owner:…@db-host/exam npm run migration:run
--   DATABASE_URL=postgres://exam_app:…@db-host/exam npm start
--
-- Safe to run again (after each deployment, for instance).

\set ON_ERROR_STOP on
\if :{?owner}
\else
  \set owner exam_owner
\endif
\if :{?app}
\else
  \set app exam_app
\endif

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE', :'owner', :'owner_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', :'app', :'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec

-- The owner role owns the schema and creates every table (through the migrations).
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), :'owner', :'app') \gexec
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec

\if :{?previous}
SELECT format('REASSIGN OWNED BY %I TO %I', :'previous', :'owner') \gexec
\endif

-- Tables and sequences the owner creates from now on, and those that exist.
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', :'owner', :'app') \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec

-- The audit trail: read and append only. (Migration 1795595000000 revokes the
-- same from every non-owner when it runs after this script on a new database.)
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON public.audit_log FROM %I', :'app')
 WHERE to_regclass('public.audit_log') IS NOT NULL \gexec
