-- Accounts for the portal and Keycloak. The portal creates one database per department (isdip_dept_*),
-- so it needs CREATE on that name pattern, not on the whole server. Passwords are set by the operator:
-- replace the placeholders, or run these statements by hand, before the first start.
CREATE USER IF NOT EXISTS 'isdip'@'%' IDENTIFIED BY 'change-me-portal';
GRANT ALL PRIVILEGES ON `isdip\_platform`.* TO 'isdip'@'%';
GRANT ALL PRIVILEGES ON `isdip\_dept\_%`.* TO 'isdip'@'%';
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY 'change-me-keycloak';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
