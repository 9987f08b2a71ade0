-- 066: each request names its clone (an approved adjustment makes at most
-- one), so that a list shows the link from the row itself instead of a
-- subquery a row.

ALTER TABLE service_request
	ADD COLUMN clone_id BIGINT UNSIGNED NULL COMMENT 'the request cloned from this one' AFTER origin_id,
	ADD CONSTRAINT sr_clone_fk FOREIGN KEY (clone_id) REFERENCES service_request (id);

UPDATE service_request o
	JOIN (SELECT origin_id, MIN(id) AS id FROM service_request
	      WHERE origin_id IS NOT NULL GROUP BY origin_id) k ON k.origin_id = o.id
SET o.clone_id = k.id;
