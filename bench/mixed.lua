-- The memory benchmark's load: anonymous visitors on the public home page (each one a new session, as browsers
-- without a cookie are), and a logged-in member downloading the signed minutes and reading their inbox.
local cookie = os.getenv("BENCH_COOKIE")
local pdf = os.getenv("BENCH_PDF_PATH")
local counter = 0

request = function()
    counter = counter + 1
    local kind = counter % 3
    if kind == 0 then
        return wrk.format("GET", "/")
    elseif kind == 1 then
        return wrk.format("GET", pdf, { ["Cookie"] = cookie })
    end
    return wrk.format("GET", "/api/inbox", { ["Cookie"] = cookie })
end
