-- 065: the tab counts of the partner portal's lists (every tab and the
-- Linked tab of one organisation) read in one pass over an index alone.

ALTER TABLE service_request
	ADD KEY sr_p_tab_linked (provider_org_id, tab, linked),
	ADD KEY sr_a_tab_linked (agency_org_id, tab, linked);
