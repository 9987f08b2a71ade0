-- make bench, case 8: POST /login with the right password, as a browser
-- does (its pre cookie and CSRF token), over and over. Each answer is the
-- redirect to the second step: the password's scrypt hash is computed
-- every time. wrk -s tests/bench/login.lua; the environment gives
-- BENCH_EMAIL, BENCH_PASSWORD, BENCH_PRE (the pre cookie), BENCH_CSRF.
local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "pre=" .. os.getenv("BENCH_PRE")
wrk.body = "csrf=" .. enc(os.getenv("BENCH_CSRF")) .. "&email=" .. enc(os.getenv("BENCH_EMAIL")) ..
  "&password=" .. enc(os.getenv("BENCH_PASSWORD"))
