-- 004: roles and audit screens.
-- The audit trail filtered by action, newest first (/audit?what=…), and
-- the list of actions present (SELECT DISTINCT action) as a loose scan.
ALTER TABLE audit ADD KEY audit_action (action, at);

-- The roles list sorted by name in either language.
ALTER TABLE role ADD KEY role_name_fr (name_fr), ADD KEY role_name_en (name_en);
