-- Family portal access (guide 003): the contacts of a client, portal
-- accounts and their access to client profiles, portal roles and their
-- permissions, the organisation's invitation template, and the records
-- the portal shows (appointments, care plan, documents, care team, notes).

-- A role is given to an account (user_role) or, for the family portal, to
-- a person for one client profile (portal_access): never both.
ALTER TABLE role
	ADD COLUMN kind ENUM('account', 'portal') NOT NULL DEFAULT 'account'
		COMMENT 'portal: given per client profile in portal_access, never in user_role';

-- A portal permission says what a portal role shows of a profile; it means
-- nothing in an account role, and an account permission nothing in a
-- portal role.
ALTER TABLE permission
	ADD COLUMN kind ENUM('account', 'portal') NOT NULL DEFAULT 'account';

-- The people around a client: family, physician, others. Never deleted:
-- a contact who no longer takes part is made inactive.
CREATE TABLE client_contact (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	client_id BIGINT UNSIGNED NOT NULL,
	relationship ENUM('family', 'physician', 'other') NOT NULL,
	relation_detail VARCHAR(60) NULL COMMENT 'daughter, neighbour, family doctor…',
	given_name VARCHAR(100) NOT NULL,
	family_name VARCHAR(100) NOT NULL,
	email VARCHAR(254) NULL,
	phone VARCHAR(32) NULL,
	lang CHAR(2) NOT NULL DEFAULT 'fr',
	active TINYINT(1) NOT NULL DEFAULT 1,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY client_contact_list (client_id, active DESC, family_name, given_name, id),
	KEY client_contact_email (email),
	CONSTRAINT client_contact_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
	CONSTRAINT client_contact_lang CHECK (lang IN ('fr', 'en'))
) ENGINE = InnoDB;

-- The accounts (users rows) that are family portal logins, and whose they
-- are: a client's own, or a contact's. A client and a contact never share
-- one; one person reaches several profiles with the same login.
CREATE TABLE portal_login (
	user_id BIGINT UNSIGNED PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL,
	kind ENUM('client', 'contact') NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	KEY portal_login_org (org_id, kind),
	CONSTRAINT portal_login_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
	CONSTRAINT portal_login_org_fk FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE = InnoDB;

-- A login's access to one client profile, with the portal role that says
-- what it shows. The row also links the client (contact_id NULL) or the
-- contact to the login for good; removing access keeps the row (history)
-- and a new grant makes a new row. One live access per login and profile.
CREATE TABLE portal_access (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	user_id BIGINT UNSIGNED NOT NULL,
	client_id BIGINT UNSIGNED NOT NULL,
	contact_id BIGINT UNSIGNED NULL COMMENT 'NULL: the client''s own access',
	role_id BIGINT UNSIGNED NOT NULL,
	active TINYINT(1) NOT NULL DEFAULT 1,
	granted_at DATETIME NOT NULL,
	granted_by BIGINT UNSIGNED NULL,
	removed_at DATETIME NULL,
	removed_by BIGINT UNSIGNED NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	live_user BIGINT UNSIGNED AS (IF(active = 1, user_id, NULL)) PERSISTENT,
	UNIQUE KEY portal_access_live (client_id, live_user),
	KEY portal_access_user (user_id, active),
	KEY portal_access_client (client_id, contact_id, active),
	KEY portal_access_contact (contact_id, active),
	KEY portal_access_role (role_id, active),
	CONSTRAINT portal_access_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
	CONSTRAINT portal_access_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
	CONSTRAINT portal_access_contact_fk FOREIGN KEY (contact_id) REFERENCES client_contact (id),
	CONSTRAINT portal_access_role_fk FOREIGN KEY (role_id) REFERENCES role (id)
) ENGINE = InnoDB;

-- An organisation's choices for its family portal: the mail template of
-- the invitation (xsl/mail/<invite_template>.xsl, one of portal-invite*).
CREATE TABLE portal_setting (
	org_id BIGINT UNSIGNED PRIMARY KEY,
	invite_template VARCHAR(64) NOT NULL DEFAULT 'portal-invite',
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	CONSTRAINT portal_setting_org_fk FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE = InnoDB;

-- What the portal shows of a profile, each part behind its permission.
CREATE TABLE portal_appointment (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	client_id BIGINT UNSIGNED NOT NULL,
	starts_at DATETIME NOT NULL,
	ends_at DATETIME NOT NULL,
	title VARCHAR(200) NOT NULL,
	with_name VARCHAR(200) NULL,
	place VARCHAR(200) NULL,
	state ENUM('planned', 'cancelled', 'done') NOT NULL DEFAULT 'planned',
	KEY portal_appointment_client (client_id, starts_at),
	CONSTRAINT portal_appointment_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB;

CREATE TABLE portal_care_plan (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	client_id BIGINT UNSIGNED NOT NULL,
	goal VARCHAR(300) NOT NULL,
	actions VARCHAR(1000) NOT NULL,
	start_date DATE NOT NULL,
	review_date DATE NULL,
	state ENUM('active', 'achieved', 'stopped') NOT NULL DEFAULT 'active',
	KEY portal_care_plan_client (client_id, state, start_date),
	CONSTRAINT portal_care_plan_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB;

CREATE TABLE portal_document (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	client_id BIGINT UNSIGNED NOT NULL,
	title VARCHAR(200) NOT NULL,
	kind ENUM('report', 'plan', 'letter', 'other') NOT NULL,
	file_name VARCHAR(120) NOT NULL COMMENT 'printable ASCII, no quote or backslash',
	content_type ENUM('application/pdf', 'text/plain; charset=utf-8') NOT NULL,
	content MEDIUMBLOB NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	KEY portal_document_client (client_id, created_at),
	CONSTRAINT portal_document_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB;

CREATE TABLE portal_team_member (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	client_id BIGINT UNSIGNED NOT NULL,
	name VARCHAR(200) NOT NULL,
	function_fr VARCHAR(120) NOT NULL,
	function_en VARCHAR(120) NOT NULL,
	phone VARCHAR(32) NULL,
	since DATE NOT NULL,
	KEY portal_team_client (client_id, name),
	CONSTRAINT portal_team_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB;

CREATE TABLE portal_note (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	client_id BIGINT UNSIGNED NOT NULL,
	written_at DATETIME NOT NULL,
	author_name VARCHAR(200) NOT NULL,
	body VARCHAR(4000) NOT NULL,
	KEY portal_note_client (client_id, written_at),
	CONSTRAINT portal_note_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB;

-- The clients list sorted by birth date, and filtered by state.
ALTER TABLE client ADD KEY client_birth (org_id, birth_date);

INSERT INTO permission (code) VALUES
	('clients.view'), ('clients.manage'), ('workflow.family_portal.manage'),
	('portal.configure'), ('portal.use');
INSERT INTO permission (code) VALUES
	('portal.appointments'), ('portal.care_plan'), ('portal.documents'),
	('portal.care_team'), ('portal.notes');
UPDATE permission SET kind = 'portal'
	WHERE code IN ('portal.appointments', 'portal.care_plan', 'portal.documents',
	               'portal.care_team', 'portal.notes');

-- Account roles: the staff who manage clients (with or without the family
-- portal), and the account every portal login holds.
INSERT INTO role (code, name_fr, name_en, mfa_required, kind) VALUES
	('client_staff', 'Soins aux clients et portail familial',
	 'Client care and family portal', 1, 'account'),
	('client_clerk', 'Dossiers des clients', 'Client records', 1, 'account'),
	('portal_account', 'Compte du portail familial', 'Family portal account', 0,
	 'account');

INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'account.view' AS code UNION ALL SELECT 'clients.view'
	      UNION ALL SELECT 'clients.manage'
	      UNION ALL SELECT 'workflow.family_portal.manage') p
	WHERE r.code = 'client_staff';
INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'account.view' AS code UNION ALL SELECT 'clients.view'
	      UNION ALL SELECT 'clients.manage') p
	WHERE r.code = 'client_clerk';
INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'account.view' AS code UNION ALL SELECT 'portal.use') p
	WHERE r.code = 'portal_account';
INSERT INTO role_permission (role_id, permission)
	SELECT id, 'portal.configure' FROM role WHERE code = 'admin';

-- The portal roles every organisation starts with; admins change them, or
-- add their own, in Roles and permissions.
INSERT INTO role (code, name_fr, name_en, mfa_required, kind) VALUES
	('portal_patient', 'Patient', 'Patient', 0, 'portal'),
	('portal_family', 'Famille', 'Family', 0, 'portal'),
	('portal_physician', 'Médecin', 'Physician', 1, 'portal');

INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'portal.appointments' AS code UNION ALL SELECT 'portal.care_plan'
	      UNION ALL SELECT 'portal.documents') p
	WHERE r.code = 'portal_patient';
INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'portal.appointments' AS code UNION ALL SELECT 'portal.care_team') p
	WHERE r.code = 'portal_family';
INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r
	JOIN (SELECT 'portal.care_plan' AS code UNION ALL SELECT 'portal.notes') p
	WHERE r.code = 'portal_physician';

INSERT INTO tile (code, permission, href, position) VALUES
	('clients', 'clients.view', '/clients', 300),
	('portal', 'portal.use', '/portal', 310);
