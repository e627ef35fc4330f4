// store::FormOnce against the real database: a form's write runs once per nonce, a resend gets the
// first outcome, a twin sent at the same moment waits for the first and does not write, a failed
// write records nothing, and a nonce is per form and per user.
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

#include "core/crypto.h"
#include "store/audit_store.h"
#include "store/form_submission_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

namespace {

int64_t make_user()
{
    std::string code = test::unique("FS");
    int64_t unit = test::db().insert("INSERT INTO units (code, name, kind, level_id) VALUES (?, ?, 'district', 2)",
                                     {code, "Huyện ủy " + code});
    store::NewUser u;
    u.login = test::unique("fs");
    u.display_name = "Người gửi biểu mẫu";
    u.role = "unit_staff";
    u.unit_id = unit;
    u.password_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    return store::UserStore(test::db()).create(u);
}

// The "record" a test form makes: one audit row with a unique action.
std::function<std::optional<std::string>()> writer(core::Db& db, const std::string& action, int* runs)
{
    return [&db, action, runs]() -> std::optional<std::string> {
        ++*runs;
        store::AuditStore(db).append({std::nullopt, "", action, "test", std::nullopt, std::nullopt, std::nullopt});
        return "/made/" + action;
    };
}

long long made(const std::string& action) { return test::count_rows("audit_log", "action = '" + action + "'"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(form_submission_store)

BOOST_AUTO_TEST_CASE(a_resend_gets_the_first_outcome_and_writes_nothing)
{
    int64_t user = make_user();
    std::string nonce = core::random_token_hex(16), action = test::unique("fs.once");
    int runs = 0;
    store::FormOnce first(test::db(), nonce, "/models", user);
    BOOST_TEST(!first.already_saved());
    auto one = first.save("F_MODEL_CREATED", writer(test::db(), action, &runs));
    BOOST_REQUIRE(one);
    BOOST_TEST(one->location == "/made/" + action);
    BOOST_TEST(one->flash == "F_MODEL_CREATED");
    BOOST_TEST(!one->repeated);

    store::FormOnce again(test::db(), nonce, "/models", user);
    auto seen = again.already_saved();
    BOOST_REQUIRE(seen);
    BOOST_TEST(seen->location == "/made/" + action);
    BOOST_TEST(seen->flash == "F_FORM_ALREADY_SAVED");
    // Even past the early check (a twin that read before the first committed), save() does not write.
    auto two = again.save("F_MODEL_CREATED", writer(test::db(), action, &runs));
    BOOST_REQUIRE(two);
    BOOST_TEST(two->repeated);
    BOOST_TEST(two->location == "/made/" + action);
    BOOST_TEST(runs == 1);
    BOOST_TEST(made(action) == 1);
}

BOOST_AUTO_TEST_CASE(without_a_nonce_every_send_writes)
{
    int64_t user = make_user();
    std::string action = test::unique("fs.none");
    int runs = 0;
    for (int i = 0; i < 2; ++i) {
        store::FormOnce f(test::db(), std::nullopt, "/models", user);
        BOOST_TEST(!f.already_saved());
        BOOST_TEST(f.save("F_X", writer(test::db(), action, &runs)).has_value());
    }
    BOOST_TEST(made(action) == 2);
}

BOOST_AUTO_TEST_CASE(the_nonce_counts_per_form_so_two_forms_of_one_page_do_not_mix)
{
    int64_t user = make_user();
    std::string nonce = core::random_token_hex(16);
    std::string carry = test::unique("fs.carry"), attach = test::unique("fs.attach");
    int runs = 0;
    store::FormOnce a(test::db(), nonce, "/models/7/carry", user);
    BOOST_TEST(a.save("F_A", writer(test::db(), carry, &runs))->location == "/made/" + carry);
    store::FormOnce b(test::db(), nonce, "/models/7/attachments", user);
    BOOST_TEST(!b.already_saved());
    BOOST_TEST(b.save("F_B", writer(test::db(), attach, &runs))->location == "/made/" + attach);
    BOOST_TEST(made(carry) == 1);
    BOOST_TEST(made(attach) == 1);
}

BOOST_AUTO_TEST_CASE(a_write_that_answers_by_itself_records_nothing)
{
    int64_t user = make_user();
    std::string nonce = core::random_token_hex(16), action = test::unique("fs.refused");
    store::FormOnce f(test::db(), nonce, "/admin/units", user);
    auto none = f.save("F_X", [&]() -> std::optional<std::string> {
        store::AuditStore(test::db()).append({std::nullopt, "", action, "test", std::nullopt, std::nullopt, std::nullopt});
        return std::nullopt;  // e.g. "this code is taken", form re-rendered
    });
    BOOST_TEST(!none);
    BOOST_TEST(!test::db().in_transaction());
    BOOST_TEST(made(action) == 0);
    BOOST_TEST(!f.already_saved());
    // The same form, corrected and sent again, goes through.
    int runs = 0;
    BOOST_TEST(!f.save("F_X", writer(test::db(), action, &runs))->repeated);
    BOOST_TEST(made(action) == 1);
}

BOOST_AUTO_TEST_CASE(another_users_nonce_leads_nowhere)
{
    int64_t owner = make_user(), other = make_user();
    std::string nonce = core::random_token_hex(16), action = test::unique("fs.owner");
    int runs = 0;
    store::FormOnce(test::db(), nonce, "/models", owner).save("F_X", writer(test::db(), action, &runs));
    store::FormOnce stolen(test::db(), nonce, "/models", other);
    BOOST_TEST(!stolen.already_saved());
    BOOST_CHECK_THROW(stolen.save("F_X", writer(test::db(), action, &runs)), core::DbConflict);
    BOOST_TEST(!test::db().in_transaction());
    BOOST_TEST(runs == 1);
}

BOOST_AUTO_TEST_CASE(a_twin_sent_at_the_same_moment_waits_for_the_first_and_does_not_write)
{
    int64_t user = make_user();
    std::string nonce = core::random_token_hex(16), action = test::unique("fs.twin");
    std::atomic<bool> claimed{false};
    int first_runs = 0, twin_runs = 0;
    std::optional<store::FormOutcome> first, twin;
    std::string twin_error;

    // The first send claims the nonce, then takes its time to write (a slow insert).
    std::thread slow([&] {
        core::db_thread_init();
        core::Db db(test::db().config());
        store::FormOnce f(db, nonce, "/models", user);
        first = f.save("F_MODEL_CREATED", [&]() -> std::optional<std::string> {
            claimed = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            return writer(db, action, &first_runs)();
        });
        db.disconnect();
        core::db_thread_end();
    });
    while (!claimed) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    // The twin passed the early check before the first committed; its save must wait and then not write.
    auto started = std::chrono::steady_clock::now();
    store::FormOnce f(test::db(), nonce, "/models", user);
    BOOST_TEST(!f.already_saved());
    twin = f.save("F_MODEL_CREATED", writer(test::db(), action, &twin_runs));
    auto waited = std::chrono::steady_clock::now() - started;
    slow.join();

    BOOST_REQUIRE(first);
    BOOST_REQUIRE(twin);
    BOOST_TEST(!first->repeated);
    BOOST_TEST(twin->repeated);
    BOOST_TEST(twin->location == first->location);
    BOOST_TEST(first_runs == 1);
    BOOST_TEST(twin_runs == 0);
    BOOST_TEST(made(action) == 1);
    BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() >= 300);  // it did wait
}

BOOST_AUTO_TEST_SUITE_END()
