-- Accounts for the portal and Keycloak, each with only what it needs. Passwords are set by the operator:
-- replace the placeholders, or run these statements by hand, before the first start.
--
-- The platform account reaches only the platform database (the department registry, escalations, submitted
-- reports, the audit of DPSA's work). Department databases are reached with a second account that may touch only
-- the isdip_dept_* databases (it creates them at onboarding, so it needs CREATE on that name pattern, not on the
-- server). A leaked department-server password thus reads no registry and no other server's departments.
-- Every further database server gets its own department account the same way (docs/national-scale.md).
CREATE DATABASE IF NOT EXISTS isdip_platform CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'isdip'@'%' IDENTIFIED BY 'change-me-portal';
GRANT ALL PRIVILEGES ON `isdip\_platform`.* TO 'isdip'@'%';
CREATE USER IF NOT EXISTS 'isdip_departments'@'%' IDENTIFIED BY 'change-me-departments';
GRANT ALL PRIVILEGES ON `isdip\_dept\_%`.* TO 'isdip_departments'@'%';
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY 'change-me-keycloak';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
