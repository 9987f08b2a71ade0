-- 010: the partner portal (guide 000). Reference data (zones, service
-- centres, care services), the agency's own details of its clients, service
-- requests with their permanent history, the reports partners send from a
-- request, suspensions, and service confirmations with their uploads.

CREATE TABLE zone (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	UNIQUE KEY zone_code (code)
) ENGINE = InnoDB;

-- A service centre belongs to one zone; its name is a proper noun, the
-- same in both languages ("Saint John", "Fredericton").
CREATE TABLE service_centre (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	zone_id BIGINT UNSIGNED NOT NULL,
	name VARCHAR(120) NOT NULL,
	UNIQUE KEY service_centre_code (code),
	KEY service_centre_zone (zone_id, name),
	CONSTRAINT service_centre_zone_fk FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB;

CREATE TABLE care_service (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	name_fr VARCHAR(120) NOT NULL,
	name_en VARCHAR(120) NOT NULL,
	unit ENUM('hour', 'day', 'visit') NOT NULL DEFAULT 'hour',
	active TINYINT(1) NOT NULL DEFAULT 1,
	UNIQUE KEY care_service_code (code)
) ENGINE = InnoDB;

-- What the agency keeps about a client for the partner portal: the lead
-- agency worker (one per client, shown on every request of the client, so
-- a change shows everywhere at once), health details and notes. Finance
-- users never receive the last two.
CREATE TABLE care_client (
	client_id BIGINT UNSIGNED PRIMARY KEY,
	lead_worker_id BIGINT UNSIGNED NOT NULL,
	health_details VARCHAR(2000) NOT NULL DEFAULT '',
	notes VARCHAR(2000) NOT NULL DEFAULT '',
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY care_client_lead (lead_worker_id),
	CONSTRAINT care_client_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
	CONSTRAINT care_client_lead_fk FOREIGN KEY (lead_worker_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- A service request the agency offers to a provider for a client.
-- tab is the list a request shows in, from its state. The *_sort columns
-- are copies of names made for the lists' ORDER BY, each served by an
-- index per owner (provider and agency); pages show the names from the
-- reference tables and the client table, never these copies.
CREATE TABLE service_request (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	agency_org_id BIGINT UNSIGNED NOT NULL,
	provider_org_id BIGINT UNSIGNED NOT NULL,
	client_id BIGINT UNSIGNED NOT NULL,
	care_service_id BIGINT UNSIGNED NOT NULL,
	centre_id BIGINT UNSIGNED NOT NULL COMMENT 'the billing service centre',
	zone_id BIGINT UNSIGNED NOT NULL COMMENT 'the centre''s zone',
	state ENUM('offered', 'accepted', 'rejected', 'activated', 'completed',
	           'cancelled') NOT NULL DEFAULT 'offered',
	tab ENUM('pending', 'active', 'completed', 'cancelled', 'rejected') AS (
		CASE state WHEN 'offered' THEN 'pending'
		WHEN 'accepted' THEN 'active' WHEN 'activated' THEN 'active'
		WHEN 'completed' THEN 'completed' WHEN 'cancelled' THEN 'cancelled'
		ELSE 'rejected' END) STORED,
	start_date DATE NOT NULL,
	end_date DATE NULL COMMENT 'NULL: open-ended',
	units_per_week INT UNSIGNED NOT NULL COMMENT 'hundredths of a unit',
	unit_rate_cents INT UNSIGNED NOT NULL,
	instructions VARCHAR(2000) NOT NULL DEFAULT '' COMMENT 'for care coordination only',
	answer_reason VARCHAR(1000) NULL COMMENT 'why it was rejected or cancelled',
	origin_id BIGINT UNSIGNED NULL COMMENT 'the request this one is a clone of',
	linked TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'an original or a clone',
	client_sort VARCHAR(201) NOT NULL,
	service_sort_fr VARCHAR(120) NOT NULL,
	service_sort_en VARCHAR(120) NOT NULL,
	zone_sort_fr VARCHAR(120) NOT NULL,
	zone_sort_en VARCHAR(120) NOT NULL,
	centre_sort VARCHAR(120) NOT NULL,
	created_by BIGINT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	answered_by BIGINT UNSIGNED NULL,
	answered_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY sr_p_id (provider_org_id, tab, id),
	KEY sr_p_client (provider_org_id, tab, client_sort, id),
	KEY sr_p_start (provider_org_id, tab, start_date, id),
	KEY sr_p_end (provider_org_id, tab, end_date, id),
	KEY sr_p_state (provider_org_id, tab, state, id),
	KEY sr_p_service_fr (provider_org_id, tab, service_sort_fr, id),
	KEY sr_p_service_en (provider_org_id, tab, service_sort_en, id),
	KEY sr_p_zone_fr (provider_org_id, tab, zone_sort_fr, id),
	KEY sr_p_zone_en (provider_org_id, tab, zone_sort_en, id),
	KEY sr_p_centre (provider_org_id, tab, centre_sort, id),
	KEY sr_p_linked (provider_org_id, linked, id),
	KEY sr_a_id (agency_org_id, tab, id),
	KEY sr_a_client (agency_org_id, tab, client_sort, id),
	KEY sr_a_start (agency_org_id, tab, start_date, id),
	KEY sr_a_end (agency_org_id, tab, end_date, id),
	KEY sr_a_state (agency_org_id, tab, state, id),
	KEY sr_a_service_fr (agency_org_id, tab, service_sort_fr, id),
	KEY sr_a_service_en (agency_org_id, tab, service_sort_en, id),
	KEY sr_a_zone_fr (agency_org_id, tab, zone_sort_fr, id),
	KEY sr_a_zone_en (agency_org_id, tab, zone_sort_en, id),
	KEY sr_a_centre (agency_org_id, tab, centre_sort, id),
	KEY sr_a_linked (agency_org_id, linked, id),
	KEY sr_client (client_id),
	KEY sr_origin (origin_id),
	KEY sr_p_created (provider_org_id, created_at),
	KEY sr_a_created (agency_org_id, created_at),
	CONSTRAINT sr_agency_fk FOREIGN KEY (agency_org_id) REFERENCES org (id),
	CONSTRAINT sr_provider_fk FOREIGN KEY (provider_org_id) REFERENCES org (id),
	CONSTRAINT sr_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
	CONSTRAINT sr_service_fk FOREIGN KEY (care_service_id) REFERENCES care_service (id),
	CONSTRAINT sr_centre_fk FOREIGN KEY (centre_id) REFERENCES service_centre (id),
	CONSTRAINT sr_zone_fk FOREIGN KEY (zone_id) REFERENCES zone (id),
	CONSTRAINT sr_origin_fk FOREIGN KEY (origin_id) REFERENCES service_request (id),
	CONSTRAINT sr_created_fk FOREIGN KEY (created_by) REFERENCES users (id),
	CONSTRAINT sr_answered_fk FOREIGN KEY (answered_by) REFERENCES users (id),
	CONSTRAINT sr_period CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB;

-- A report a care coordinator sends from an activated request: an
-- incident (standardised form), an observed change, or a change request
-- (adjust, suspend, terminate). Routed to the client's lead agency worker.
CREATE TABLE service_report (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	provider_org_id BIGINT UNSIGNED NOT NULL,
	agency_org_id BIGINT UNSIGNED NOT NULL,
	client_id BIGINT UNSIGNED NOT NULL,
	kind ENUM('incident', 'observation', 'change') NOT NULL,
	change_kind ENUM('adjust', 'suspend', 'terminate') NULL,
	status ENUM('submitted', 'acknowledged', 'approved', 'declined') NOT NULL DEFAULT 'submitted',
	occurred_at DATETIME NULL COMMENT 'incident: when; observation: the day seen',
	location VARCHAR(200) NOT NULL DEFAULT '',
	description VARCHAR(4000) NOT NULL,
	people VARCHAR(1000) NOT NULL DEFAULT '',
	actions_taken VARCHAR(2000) NOT NULL DEFAULT '',
	severity ENUM('low', 'moderate', 'high', 'critical') NULL,
	effective_date DATE NULL COMMENT 'change: first day it applies',
	until_date DATE NULL COMMENT 'suspension: last day',
	units_per_week INT UNSIGNED NULL COMMENT 'adjustment: hundredths',
	reported_by BIGINT UNSIGNED NOT NULL,
	reported_at DATETIME NOT NULL,
	routed_to BIGINT UNSIGNED NOT NULL COMMENT 'the lead agency worker then',
	decided_by BIGINT UNSIGNED NULL,
	decided_at DATETIME NULL,
	decision_note VARCHAR(1000) NULL,
	clone_id BIGINT UNSIGNED NULL COMMENT 'the request an approved adjustment made',
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY srep_p_at (provider_org_id, reported_at, id),
	KEY srep_a_at (agency_org_id, reported_at, id),
	KEY srep_request (request_id, reported_at),
	KEY srep_client (client_id, reported_at),
	CONSTRAINT srep_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id),
	CONSTRAINT srep_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
	CONSTRAINT srep_reported_fk FOREIGN KEY (reported_by) REFERENCES users (id),
	CONSTRAINT srep_routed_fk FOREIGN KEY (routed_to) REFERENCES users (id),
	CONSTRAINT srep_decided_fk FOREIGN KEY (decided_by) REFERENCES users (id),
	CONSTRAINT srep_clone_fk FOREIGN KEY (clone_id) REFERENCES service_request (id),
	CONSTRAINT srep_change CHECK ((kind = 'change') = (change_kind IS NOT NULL))
) ENGINE = InnoDB;

-- The days an approved suspension takes out of a request's period.
CREATE TABLE service_suspension (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	from_date DATE NOT NULL,
	to_date DATE NOT NULL,
	report_id BIGINT UNSIGNED NOT NULL,
	KEY ssus_request (request_id, from_date),
	CONSTRAINT ssus_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id),
	CONSTRAINT ssus_report_fk FOREIGN KEY (report_id) REFERENCES service_report (id),
	CONSTRAINT ssus_period CHECK (to_date >= from_date)
) ENGINE = InnoDB;

-- The permanent record of a request: everything that happened to it.
-- private = 1: a line the finance persona does not receive (reports).
CREATE TABLE service_request_event (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	actor_id BIGINT UNSIGNED NULL,
	kind VARCHAR(32) NOT NULL,
	detail VARCHAR(1000) NOT NULL DEFAULT '',
	other_id BIGINT UNSIGNED NULL COMMENT 'the linked request, report or confirmation',
	private TINYINT(1) NOT NULL DEFAULT 0,
	KEY sre_request (request_id, at, id),
	CONSTRAINT sre_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id),
	CONSTRAINT sre_actor_fk FOREIGN KEY (actor_id) REFERENCES users (id)
) ENGINE = InnoDB;

-- A file of confirmations imported at once (all its lines or none).
CREATE TABLE confirmation_upload (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	provider_org_id BIGINT UNSIGNED NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	line_count INT UNSIGNED NOT NULL,
	uploaded_by BIGINT UNSIGNED NOT NULL,
	uploaded_at DATETIME NOT NULL,
	KEY cu_provider (provider_org_id, uploaded_at),
	CONSTRAINT cu_provider_fk FOREIGN KEY (provider_org_id) REFERENCES org (id),
	CONSTRAINT cu_user_fk FOREIGN KEY (uploaded_by) REFERENCES users (id)
) ENGINE = InnoDB;

-- A service confirmation (formerly an invoice): the units delivered and
-- their amount for a period within the request's service period.
CREATE TABLE confirmation (
	id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
	request_id BIGINT UNSIGNED NOT NULL,
	provider_org_id BIGINT UNSIGNED NOT NULL,
	agency_org_id BIGINT UNSIGNED NOT NULL,
	period_from DATE NOT NULL,
	period_to DATE NOT NULL,
	units INT UNSIGNED NOT NULL COMMENT 'hundredths of a unit',
	amount_cents BIGINT UNSIGNED NOT NULL,
	note VARCHAR(1000) NOT NULL DEFAULT '',
	state ENUM('draft', 'uploaded', 'submitted', 'validated', 'returned') NOT NULL,
	return_reason VARCHAR(1000) NULL,
	upload_id BIGINT UNSIGNED NULL,
	created_by BIGINT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	submitted_by BIGINT UNSIGNED NULL,
	submitted_at DATETIME NULL,
	decided_by BIGINT UNSIGNED NULL,
	decided_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY conf_p_id (provider_org_id, state, id),
	KEY conf_p_period (provider_org_id, state, period_from, id),
	KEY conf_p_request (provider_org_id, state, request_id, id),
	KEY conf_p_amount (provider_org_id, state, amount_cents, id),
	KEY conf_a_id (agency_org_id, state, id),
	KEY conf_a_period (agency_org_id, state, period_from, id),
	KEY conf_a_request (agency_org_id, state, request_id, id),
	KEY conf_a_amount (agency_org_id, state, amount_cents, id),
	KEY conf_request (request_id, period_from),
	CONSTRAINT conf_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id),
	CONSTRAINT conf_upload_fk FOREIGN KEY (upload_id) REFERENCES confirmation_upload (id),
	CONSTRAINT conf_created_fk FOREIGN KEY (created_by) REFERENCES users (id),
	CONSTRAINT conf_period CHECK (period_to >= period_from)
) ENGINE = InnoDB;

INSERT INTO permission (code) VALUES
	('partner.requests'), ('partner.care'), ('partner.finance'),
	('partner.reports'), ('partner.confirmations'), ('partner.agency');

-- The personas: care coordination, finance, both; and the agency staff.
INSERT INTO role_permission (role_id, permission)
SELECT r.id, p.perm FROM role r JOIN (
	SELECT 'care' AS role, 'partner.requests' AS perm
	UNION ALL SELECT 'care', 'partner.care'
	UNION ALL SELECT 'care', 'partner.reports'
	UNION ALL SELECT 'finance', 'partner.requests'
	UNION ALL SELECT 'finance', 'partner.finance'
	UNION ALL SELECT 'finance', 'partner.confirmations'
	UNION ALL SELECT 'finance_care', 'partner.requests'
	UNION ALL SELECT 'finance_care', 'partner.care'
	UNION ALL SELECT 'finance_care', 'partner.reports'
	UNION ALL SELECT 'finance_care', 'partner.finance'
	UNION ALL SELECT 'finance_care', 'partner.confirmations'
	UNION ALL SELECT 'agency_staff', 'partner.requests'
	UNION ALL SELECT 'agency_staff', 'partner.reports'
	UNION ALL SELECT 'agency_staff', 'partner.confirmations'
	UNION ALL SELECT 'agency_staff', 'partner.agency'
) p ON p.role = r.code;

INSERT INTO tile (code, permission, href, position) VALUES
	('partner_requests', 'partner.requests', '/requests', 20),
	('partner_new_request', 'partner.agency', '/request/new', 21),
	('partner_reports', 'partner.reports', '/reports', 22),
	('partner_confirmations', 'partner.confirmations', '/confirmations', 23),
	('partner_dashboard', 'partner.requests', '/dashboard', 24);
