-- 020: citizen accounts and appointments (guide 001). Citizens are users of
-- the one organisation of kind 'public'; establishments are organisations
-- of kind 'establishment' whose staff follow the day's appointments.
-- Every time is UTC, as everywhere; the screens show it in conf time_zone.

INSERT INTO org (kind, name) VALUES ('public', 'Citoyens et familles');

-- What the portal shows of an establishment, and its rules.
CREATE TABLE establishment_profile (
	org_id BIGINT UNSIGNED PRIMARY KEY,
	address_line VARCHAR(200) NOT NULL DEFAULT '',
	city VARCHAR(100) NOT NULL DEFAULT '',
	postal_code VARCHAR(7) NOT NULL DEFAULT '' COMMENT 'A1A 1A1',
	phone VARCHAR(16) NOT NULL DEFAULT '' COMMENT 'E.164, +15065550100',
	cutoff_hours INT UNSIGNED NOT NULL DEFAULT 24
		COMMENT 'citizens confirm or cancel until this long before',
	published TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'found by the search',
	version INT UNSIGNED NOT NULL DEFAULT 1,
	CONSTRAINT establishment_profile_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT establishment_cutoff CHECK (cutoff_hours <= 336)
) ENGINE = InnoDB;

-- The kinds of service citizens search for (vaccination, blood test …).
CREATE TABLE establishment_service_type (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	position INT NOT NULL DEFAULT 0,
	UNIQUE KEY establishment_service_type_code (code),
	KEY establishment_service_type_position (position, id)
) ENGINE = InnoDB;

-- A service an establishment offers, and the length of its slots.
CREATE TABLE establishment_service (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	org_id BIGINT UNSIGNED NOT NULL,
	type_id BIGINT UNSIGNED NOT NULL,
	duration_minutes SMALLINT UNSIGNED NOT NULL DEFAULT 15,
	active TINYINT(1) NOT NULL DEFAULT 1,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY establishment_service_offer (org_id, type_id),
	KEY establishment_service_type_org (type_id, active, org_id),
	CONSTRAINT establishment_service_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT establishment_service_type_fk FOREIGN KEY (type_id) REFERENCES establishment_service_type (id),
	CONSTRAINT establishment_service_duration CHECK (duration_minutes BETWEEN 5 AND 240)
) ENGINE = InnoDB;

-- One place at one time: a slot holds at most one appointment, the one in
-- appointment_id; a slot that is booked or cancelled cannot be booked.
-- Several places at the same time are several seats.
CREATE TABLE slot (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	service_id BIGINT UNSIGNED NOT NULL,
	org_id BIGINT UNSIGNED NOT NULL,
	starts_at DATETIME NOT NULL,
	ends_at DATETIME NOT NULL,
	seat SMALLINT UNSIGNED NOT NULL DEFAULT 1,
	state ENUM('open', 'cancelled') NOT NULL DEFAULT 'open',
	appointment_id BIGINT UNSIGNED NULL COMMENT 'the booking that holds it',
	cancelled_at DATETIME NULL,
	cancelled_by BIGINT UNSIGNED NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY slot_place (service_id, starts_at, seat),
	KEY slot_free (service_id, state, appointment_id, starts_at),
	KEY slot_org_day (org_id, starts_at),
	CONSTRAINT slot_service_fk FOREIGN KEY (service_id) REFERENCES establishment_service (id),
	CONSTRAINT slot_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT slot_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB;

-- A citizen account: the holder's contact and notification choices.
CREATE TABLE citizen_account (
	user_id BIGINT UNSIGNED PRIMARY KEY,
	phone VARCHAR(16) NULL COMMENT 'E.164',
	sms_opt_in TINYINT(1) NOT NULL DEFAULT 0,
	postal_code VARCHAR(7) NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	CONSTRAINT citizen_account_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- A person appointments are for: the holder of an account (relation
-- 'self'), another person of the account (child, parent …: its
-- association to the account is validated by an establishment), or a
-- person booked without an account (account_id NULL). Identifying details
-- that change withdraw the validations made on them.
CREATE TABLE patient (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	account_id BIGINT UNSIGNED NULL COMMENT 'users.id of the holder; NULL: no account',
	relation ENUM('self', 'child', 'parent', 'spouse', 'other') NOT NULL,
	given_name VARCHAR(100) NOT NULL,
	family_name VARCHAR(100) NOT NULL,
	birth_date DATE NOT NULL,
	health_card VARCHAR(12) NULL COMMENT 'health insurance number, letters and digits',
	active TINYINT(1) NOT NULL DEFAULT 1,
	identity_validated_at DATETIME NULL,
	identity_validated_by BIGINT UNSIGNED NULL,
	identity_validated_org BIGINT UNSIGNED NULL,
	association_validated_at DATETIME NULL,
	association_validated_by BIGINT UNSIGNED NULL,
	association_validated_org BIGINT UNSIGNED NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	holder_of BIGINT UNSIGNED AS (IF(relation = 'self', account_id, NULL)) PERSISTENT,
	UNIQUE KEY patient_holder (holder_of),
	KEY patient_account (account_id, active, family_name, given_name),
	CONSTRAINT patient_account_fk FOREIGN KEY (account_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- A booking of one slot for one patient.
CREATE TABLE appointment (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	slot_id BIGINT UNSIGNED NOT NULL,
	org_id BIGINT UNSIGNED NOT NULL,
	service_id BIGINT UNSIGNED NOT NULL,
	starts_at DATETIME NOT NULL COMMENT 'the slot''s, for lists and reminders',
	patient_id BIGINT UNSIGNED NOT NULL,
	account_id BIGINT UNSIGNED NULL COMMENT 'NULL: booked without an account',
	state ENUM('booked', 'cancelled', 'present') NOT NULL DEFAULT 'booked',
	confirmed_at DATETIME NULL COMMENT 'the citizen said they will come',
	cancelled_at DATETIME NULL,
	cancelled_by ENUM('citizen', 'establishment') NULL,
	present_at DATETIME NULL,
	present_by BIGINT UNSIGNED NULL,
	contact_email VARCHAR(254) NOT NULL,
	contact_phone VARCHAR(16) NULL COMMENT 'E.164; set: confirmation and reminder by SMS too',
	lang CHAR(2) NOT NULL DEFAULT 'fr',
	manage_salt BINARY(16) NULL
		COMMENT 'booked without an account: its link''s key is HMAC(secret_key, id and this)',
	reminder_sent_at DATETIME NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY appointment_org_day (org_id, starts_at),
	KEY appointment_account (account_id, starts_at),
	KEY appointment_patient (patient_id, starts_at),
	KEY appointment_reminder (state, reminder_sent_at, starts_at),
	KEY appointment_slot (slot_id),
	CONSTRAINT appointment_slot_fk FOREIGN KEY (slot_id) REFERENCES slot (id),
	CONSTRAINT appointment_org_fk FOREIGN KEY (org_id) REFERENCES org (id),
	CONSTRAINT appointment_service_fk FOREIGN KEY (service_id) REFERENCES establishment_service (id),
	CONSTRAINT appointment_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
	CONSTRAINT appointment_account_fk FOREIGN KEY (account_id) REFERENCES users (id),
	CONSTRAINT appointment_lang CHECK (lang IN ('fr', 'en'))
) ENGINE = InnoDB;

-- SMS waiting for sms_command, written in the transaction of the change
-- that causes it, like the outbox of mail.
CREATE TABLE citizen_sms (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	recipient VARCHAR(16) NOT NULL COMMENT 'E.164',
	body VARCHAR(1000) NOT NULL,
	state ENUM('pending', 'sent') NOT NULL DEFAULT 'pending',
	attempts INT UNSIGNED NOT NULL DEFAULT 0,
	next_attempt_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	claimed_until DATETIME NULL,
	sent_at DATETIME NULL,
	last_error VARCHAR(500) NULL,
	KEY citizen_sms_due (state, next_attempt_at)
) ENGINE = InnoDB;

-- The last sign-up mail sent to an address: a public form must not let
-- anyone flood a mailbox.
CREATE TABLE citizen_signup_mail (
	email VARCHAR(254) PRIMARY KEY,
	sent_at DATETIME NOT NULL
) ENGINE = InnoDB;

-- Roles: citizens are offered two-step verification, not forced to it (a
-- public portal for everyone, many without an authenticator app); the
-- staff of an establishment see many people's health appointments and
-- must use it.
INSERT INTO permission (code) VALUES
	('citizen.portal'), ('establishment.follow'), ('establishment.manage');

INSERT INTO role (code, name_fr, name_en, mfa_required) VALUES
	('citizen', 'Citoyen', 'Citizen', 0),
	('establishment_staff', 'Personnel d''établissement', 'Establishment staff', 1),
	('establishment_manager', 'Gestion d''établissement', 'Establishment management', 1);

INSERT INTO role_permission (role_id, permission)
	SELECT r.id, p.code FROM role r JOIN (
		SELECT 'citizen' AS role, 'account.view' AS code
		UNION ALL SELECT 'citizen', 'citizen.portal'
		UNION ALL SELECT 'establishment_staff', 'account.view'
		UNION ALL SELECT 'establishment_staff', 'establishment.follow'
		UNION ALL SELECT 'establishment_manager', 'account.view'
		UNION ALL SELECT 'establishment_manager', 'establishment.follow'
		UNION ALL SELECT 'establishment_manager', 'establishment.manage'
	) p ON p.role = r.code;

INSERT INTO tile (code, permission, href, position) VALUES
	('citizen_search', 'citizen.portal', '/citizen/search', 200),
	('citizen_appointments', 'citizen.portal', '/citizen/appointments', 210),
	('citizen_family', 'citizen.portal', '/citizen/family', 220),
	('citizen_profile', 'citizen.portal', '/citizen/profile', 230),
	('citizen_follow', 'establishment.follow', '/establishment/follow', 240),
	('citizen_schedule', 'establishment.manage', '/establishment/schedule', 250),
	('citizen_establishment', 'establishment.manage', '/establishment/settings', 260);

INSERT INTO establishment_service_type (code, name_fr, name_en, position) VALUES
	('flu_vaccine', 'Vaccination contre la grippe', 'Flu vaccination', 10),
	('covid_vaccine', 'Vaccination contre la COVID-19', 'COVID-19 vaccination', 20),
	('child_vaccine', 'Vaccination des enfants', 'Childhood vaccination', 30),
	('blood_test', 'Prélèvement sanguin', 'Blood test', 40),
	('nurse_visit', 'Consultation infirmière', 'Nurse consultation', 50),
	('screening', 'Dépistage', 'Screening', 60);
