-- The users list (/users): indexes serving its ORDER BY on name and last
-- sign-in for an admin of every organisation (users_org serves the name
-- order within one organisation; users_email the e-mail order).

ALTER TABLE users
	ADD KEY users_name (name),
	ADD KEY users_last_login (last_login_at);
