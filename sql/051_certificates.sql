-- 051: group certificates and SSO (guide 004). A group (an org of kind
-- 'group') keeps its e-health certificate here: the secure space and its
-- responsible, the certificates (current and replaced ones), who may use
-- each, the billing establishments linked to it, and the expiry mails.

-- One row per organisation that chose its connection method or created its
-- secure space. owner_id NULL: the space is not created yet.
CREATE TABLE secure_space (
	org_id BIGINT UNSIGNED PRIMARY KEY,
	login_method ENUM('password', 'sso') NOT NULL DEFAULT 'password',
	owner_id BIGINT UNSIGNED NULL COMMENT 'the responsible of the group',
	owner_niss CHAR(11) NULL COMMENT 'their NISS when they confirmed',
	identifier VARCHAR(11) NULL COMMENT 'the group''s NIHII number',
	confirmed_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY secure_space_owner (owner_id),
	CONSTRAINT secure_space_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT secure_space_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- A certificate of a secure space. 'draft' while the wizard runs (only its
-- author sees it, and it expires), 'active' once finished (one per
-- organisation), 'replaced' when a newer one was installed: the history.
-- The private key is kept only sealed (AES-256-GCM under data_key, bound
-- to the certificate's fingerprint); no screen ever shows or sends it.
CREATE TABLE cert (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL,
	state ENUM('draft', 'active', 'replaced') NOT NULL DEFAULT 'draft',
	name VARCHAR(200) NOT NULL COMMENT 'the holder''s name in the subject',
	quality ENUM('group', 'person', 'organisation') NOT NULL,
	sector VARCHAR(64) NOT NULL,
	id_type VARCHAR(32) NOT NULL COMMENT 'NIHII, SSIN, CBE…',
	id_value VARCHAR(64) NOT NULL,
	subject VARCHAR(1000) NOT NULL,
	issuer VARCHAR(1000) NOT NULL,
	serial VARCHAR(100) NOT NULL,
	not_before DATETIME NOT NULL,
	not_after DATETIME NOT NULL,
	fingerprint CHAR(64) NOT NULL COMMENT 'SHA-256 of the DER, hex',
	cert_der BLOB NOT NULL,
	chain_der MEDIUMBLOB NULL COMMENT 'the issuers'' certificates, DER one after another',
	key_sealed BLOB NOT NULL COMMENT 'PKCS#8 DER, sealed: nonce, ciphertext, tag',
	owner_id BIGINT UNSIGNED NULL COMMENT 'the responsible when it was installed',
	created_at DATETIME NOT NULL,
	created_by BIGINT UNSIGNED NOT NULL,
	draft_step TINYINT UNSIGNED NOT NULL DEFAULT 1 COMMENT '1 verified, 2 users, 3 establishments',
	draft_expires_at DATETIME NULL,
	installed_at DATETIME NULL,
	replaced_at DATETIME NULL,
	replaced_by BIGINT UNSIGNED NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	active_org BIGINT UNSIGNED AS (IF(state = 'active', org_id, NULL)) PERSISTENT,
	UNIQUE KEY cert_one_active (active_org),
	KEY cert_org (org_id, state, created_at),
	KEY cert_expiry (state, not_after),
	KEY cert_draft (created_by, state),
	KEY cert_draft_expiry (state, draft_expires_at),
	CONSTRAINT cert_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT cert_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id),
	CONSTRAINT cert_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- Who may use a certificate (the responsible always).
CREATE TABLE cert_user (
	cert_id BIGINT UNSIGNED NOT NULL,
	user_id BIGINT UNSIGNED NOT NULL,
	granted_at DATETIME NOT NULL,
	granted_by BIGINT UNSIGNED NOT NULL,
	PRIMARY KEY (cert_id, user_id),
	KEY cert_user_user (user_id),
	CONSTRAINT cert_user_cert_fk FOREIGN KEY (cert_id) REFERENCES cert (id) ON DELETE CASCADE,
	CONSTRAINT cert_user_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- The group's billing establishments (name and third-party payer number).
CREATE TABLE cert_billing (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL,
	name VARCHAR(200) NOT NULL,
	tp_number VARCHAR(11) NOT NULL COMMENT 'third-party payer (NIHII) number',
	created_at DATETIME NOT NULL,
	created_by BIGINT UNSIGNED NULL,
	UNIQUE KEY cert_billing_tp (org_id, tp_number),
	KEY cert_billing_name (org_id, name),
	CONSTRAINT cert_billing_org_fk FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE = InnoDB;

-- The establishments that use a certificate, with the responsible's NISS
-- as checked or entered for it.
CREATE TABLE cert_billing_link (
	cert_id BIGINT UNSIGNED NOT NULL,
	billing_id BIGINT UNSIGNED NOT NULL,
	niss CHAR(11) NOT NULL,
	PRIMARY KEY (cert_id, billing_id),
	KEY cert_billing_link_billing (billing_id),
	CONSTRAINT cbl_cert_fk FOREIGN KEY (cert_id) REFERENCES cert (id) ON DELETE CASCADE,
	CONSTRAINT cbl_billing_fk FOREIGN KEY (billing_id) REFERENCES cert_billing (id)
) ENGINE = InnoDB;

-- The expiry mails sent, one per certificate and threshold (60, 30, 7).
CREATE TABLE cert_expiry_notice (
	cert_id BIGINT UNSIGNED NOT NULL,
	days SMALLINT UNSIGNED NOT NULL,
	sent_at DATETIME NOT NULL,
	PRIMARY KEY (cert_id, days),
	CONSTRAINT cert_expiry_cert_fk FOREIGN KEY (cert_id) REFERENCES cert (id)
) ENGINE = InnoDB;

INSERT INTO permission (code) VALUES ('cert.manage'), ('cert.sign');

INSERT INTO role (code, name_fr, name_en, mfa_required) VALUES
	('group_manager', 'Gestion du groupement', 'Group management', 1),
	('group_member', 'Membre du groupement', 'Group member', 1);

INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'account.view' AS code UNION ALL SELECT 'users.manage'
	      UNION ALL SELECT 'cert.manage' UNION ALL SELECT 'cert.sign') p
	WHERE r.code = 'group_manager';
INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'account.view' AS code UNION ALL SELECT 'cert.sign') p
	WHERE r.code = 'group_member';

INSERT INTO tile (code, permission, href, position) VALUES
	('sso', 'cert.manage', '/sso', 500),
	('sign', 'cert.sign', '/sign', 510);
