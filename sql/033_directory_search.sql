-- 033: indexes for the directory's searches as admins make them: by
-- profession and activity state with a name (the search is served in
-- name order from one range), and custom lists of requests in a state
-- across every service.
ALTER TABLE dir_person
	ADD KEY dir_person_profession_state (profession, activity_state, family_name, given_name, id);

ALTER TABLE dir_access
	ADD KEY dir_access_by_state (state, person_id);
