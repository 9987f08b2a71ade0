-- Accounts and security: activation and reset links, MFA, lockout, mail.

ALTER TABLE role
	ADD COLUMN mfa_required TINYINT(1) NOT NULL DEFAULT 0,
	ADD COLUMN org_id BIGINT UNSIGNED NULL COMMENT 'NULL: a role of the operator, usable everywhere',
	ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 1;

ALTER TABLE users
	ADD COLUMN mfa_secret VARBINARY(128) NULL COMMENT 'AES-256-GCM: nonce, ciphertext, tag',
	ADD COLUMN mfa_enabled TINYINT(1) NOT NULL DEFAULT 0,
	ADD COLUMN mfa_last_step BIGINT NOT NULL DEFAULT 0 COMMENT 'last accepted TOTP time step: no replay',
	ADD COLUMN failed_count INT UNSIGNED NOT NULL DEFAULT 0,
	ADD COLUMN locked_until DATETIME NULL,
	ADD COLUMN activated_at DATETIME NULL;

-- Existing accounts with a password count as activated.
UPDATE users SET activated_at = created_at WHERE password_hash IS NOT NULL;

-- A session is 'full' once every factor is given; before that it only opens
-- the MFA screens.
ALTER TABLE session
	ADD COLUMN stage ENUM('full', 'mfa', 'enrol') NOT NULL DEFAULT 'full';

-- Single-use links sent by mail; only the SHA-256 of the token is kept.
CREATE TABLE user_token (
	token_hash BINARY(32) PRIMARY KEY,
	user_id BIGINT UNSIGNED NOT NULL,
	purpose ENUM('activation', 'reset') NOT NULL,
	created_at DATETIME NOT NULL,
	expires_at DATETIME NOT NULL,
	used_at DATETIME NULL,
	KEY user_token_user (user_id, purpose),
	CONSTRAINT user_token_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

CREATE TABLE recovery_code (
	user_id BIGINT UNSIGNED NOT NULL,
	code_hash BINARY(32) NOT NULL,
	used_at DATETIME NULL,
	PRIMARY KEY (user_id, code_hash),
	CONSTRAINT recovery_code_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- Failures from one client address, whatever the account.
CREATE TABLE address_failure (
	ip VARCHAR(45) PRIMARY KEY,
	failed_count INT UNSIGNED NOT NULL DEFAULT 0,
	last_failure_at DATETIME NOT NULL,
	locked_until DATETIME NULL
) ENGINE = InnoDB;

-- Mail waiting for the MTA. A message is written in the transaction of the
-- change that causes it and is never lost: failures stay, with back-off.
CREATE TABLE outbox (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	recipient VARCHAR(254) NOT NULL,
	subject VARCHAR(400) NOT NULL,
	message MEDIUMBLOB NOT NULL COMMENT 'the whole RFC 5322 message',
	state ENUM('pending', 'sent') NOT NULL DEFAULT 'pending',
	attempts INT UNSIGNED NOT NULL DEFAULT 0,
	next_attempt_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	claimed_until DATETIME NULL,
	sent_at DATETIME NULL,
	last_error VARCHAR(500) NULL,
	KEY outbox_due (state, next_attempt_at)
) ENGINE = InnoDB;

INSERT INTO permission (code) VALUES
	('users.manage'), ('roles.manage'), ('audit.view'), ('users.manage_all');

UPDATE role SET mfa_required = 1
	WHERE code IN ('admin', 'agency_staff', 'finance', 'care', 'finance_care');

INSERT INTO role_permission (role_id, permission)
	SELECT id, p.code FROM role
	JOIN (SELECT 'users.manage' AS code UNION ALL SELECT 'roles.manage'
	      UNION ALL SELECT 'audit.view' UNION ALL SELECT 'users.manage_all') p
	WHERE role.code = 'admin';

INSERT INTO tile (code, permission, href, position) VALUES
	('users', 'users.manage', '/users', 100),
	('roles', 'roles.manage', '/roles', 110),
	('audit', 'audit.view', '/audit', 120);
