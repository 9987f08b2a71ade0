-- Core: organisations, users, roles and permissions, sessions, tiles, audit.

CREATE TABLE org (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	kind ENUM('agency', 'provider', 'establishment', 'centre', 'group') NOT NULL,
	name VARCHAR(200) NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	UNIQUE KEY org_name (name)
) ENGINE = InnoDB;

CREATE TABLE users (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL,
	email VARCHAR(254) NOT NULL,
	name VARCHAR(200) NOT NULL,
	lang CHAR(2) NOT NULL DEFAULT 'fr',
	password_hash VARCHAR(160) NULL,
	active TINYINT(1) NOT NULL DEFAULT 1,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	last_login_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY users_email (email),
	KEY users_org (org_id, name),
	CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT users_lang CHECK (lang IN ('fr', 'en'))
) ENGINE = InnoDB;

-- A permission is declared by the program that checks it.
CREATE TABLE permission (
	code VARCHAR(64) PRIMARY KEY
) ENGINE = InnoDB;

CREATE TABLE role (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(64) NOT NULL,
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	UNIQUE KEY role_code (code)
) ENGINE = InnoDB;

CREATE TABLE role_permission (
	role_id BIGINT UNSIGNED NOT NULL,
	permission VARCHAR(64) NOT NULL,
	PRIMARY KEY (role_id, permission),
	CONSTRAINT rp_role_fk FOREIGN KEY (role_id) REFERENCES role (id),
	CONSTRAINT rp_perm_fk FOREIGN KEY (permission) REFERENCES permission (code)
) ENGINE = InnoDB;

CREATE TABLE user_role (
	user_id BIGINT UNSIGNED NOT NULL,
	role_id BIGINT UNSIGNED NOT NULL,
	PRIMARY KEY (user_id, role_id),
	KEY ur_role (role_id),
	CONSTRAINT ur_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
	CONSTRAINT ur_role_fk FOREIGN KEY (role_id) REFERENCES role (id)
) ENGINE = InnoDB;

-- Only the SHA-256 of a session token is stored.
CREATE TABLE session (
	token_hash BINARY(32) PRIMARY KEY,
	user_id BIGINT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL,
	seen_at DATETIME NOT NULL,
	ip VARCHAR(45) NOT NULL,
	user_agent VARCHAR(255) NOT NULL,
	KEY session_user (user_id),
	KEY session_seen (seen_at),
	CONSTRAINT session_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- The home page's tiles: each shows to users holding its permission.
CREATE TABLE tile (
	code VARCHAR(64) PRIMARY KEY,
	permission VARCHAR(64) NOT NULL,
	href VARCHAR(200) NOT NULL,
	position INT NOT NULL,
	CONSTRAINT tile_perm_fk FOREIGN KEY (permission) REFERENCES permission (code)
) ENGINE = InnoDB;

-- The permanent record of security events and changes. Never deleted.
CREATE TABLE audit (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	actor_id BIGINT UNSIGNED NULL,
	ip VARCHAR(45) NOT NULL DEFAULT '',
	action VARCHAR(64) NOT NULL,
	subject_type VARCHAR(32) NOT NULL DEFAULT '',
	subject_id BIGINT UNSIGNED NULL,
	detail VARCHAR(1000) NOT NULL DEFAULT '',
	before_value TEXT NULL,
	after_value TEXT NULL,
	KEY audit_at (at),
	KEY audit_actor (actor_id, at),
	KEY audit_subject (subject_type, subject_id, at)
) ENGINE = InnoDB;

INSERT INTO permission (code) VALUES ('account.view'), ('system.status');

INSERT INTO role (code, name_fr, name_en) VALUES
	('admin', 'Administration de l''exploitation', 'Operator administration'),
	('agency_staff', 'Personnel de l''agence', 'Agency staff'),
	('finance', 'Finances', 'Finance'),
	('care', 'Coordination des soins', 'Care coordination'),
	('finance_care', 'Finances et coordination des soins',
	 'Finance and care coordination');

INSERT INTO role_permission (role_id, permission)
	SELECT id, 'account.view' FROM role;
INSERT INTO role_permission (role_id, permission)
	SELECT id, 'system.status' FROM role WHERE code = 'admin';

INSERT INTO tile (code, permission, href, position) VALUES
	('account', 'account.view', '/account', 10),
	('status', 'system.status', '/status', 900);
