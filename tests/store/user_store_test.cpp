// Account management in the data layer: a unit head reaches only their own unit's staff; the
// last-admin rule with the admins' rows counted under lock.
#include <boost/test/unit_test.hpp>

#include "domain/units.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

namespace {

int64_t make_unit(int level, std::optional<int64_t> parent)
{
    std::string code = test::unique("M");
    for (char& c : code) c = c == '_' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    core::Transaction tx(test::db());
    int64_t id = store::UnitStore(test::db()).create({code, "Đơn vị " + code, "district", level, parent}, "2024-01-01");
    tx.commit();
    return id;
}

int64_t make_user(const std::string& role, int64_t unit, bool active = true)
{
    store::NewUser u;
    u.login = test::unique("mgr.user");
    u.display_name = "Người " + u.login;
    u.role = role;
    u.unit_id = unit;
    u.password_hash = "hash";
    core::Transaction tx(test::db());
    store::UserStore users(test::db());
    int64_t id = users.create(u);
    if (!active) users.set_active_managed(domain::scope_for("admin", unit), id, 1, false);
    tx.commit();
    return id;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(user_management)

BOOST_AUTO_TEST_CASE(a_unit_head_reaches_only_the_staff_of_their_own_unit)
{
    int64_t p = make_unit(1, std::nullopt);
    int64_t d = make_unit(2, p);
    int64_t other = make_unit(2, p);
    int64_t below = make_unit(3, d);
    int64_t own_staff = make_user("unit_staff", d);
    int64_t own_head = make_user("unit_head", d);
    int64_t other_staff = make_user("unit_staff", other);
    int64_t below_staff = make_user("unit_staff", below);
    auto head = domain::scope_for("unit_head", d);
    store::UserStore users(test::db());

    auto listed = users.list_managed(head);
    BOOST_TEST(listed.size() == 1u);
    BOOST_TEST(listed.at(0).id == own_staff);
    BOOST_TEST(users.find_managed(head, own_staff).has_value());
    BOOST_TEST(!users.find_managed(head, own_head).has_value());
    BOOST_TEST(!users.find_managed(head, other_staff).has_value());
    BOOST_TEST(!users.find_managed(head, below_staff).has_value());

    core::Transaction tx(test::db());
    // Outside the scope nothing is written, whatever the page asked.
    BOOST_TEST(!users.set_active_managed(head, other_staff, 1, false));
    BOOST_TEST(!users.reset_password_managed(head, own_head, 1, "new"));
    BOOST_TEST(!users.update_managed(head, own_staff, 1, {"Tên mới", "unit_head", "vi", d}));  // no promotion
    BOOST_TEST(!users.update_managed(head, own_staff, 1, {"Tên mới", "unit_staff", "vi", other}));  // no transfer
    BOOST_TEST(!users.create_managed(head, {"x.y.z", "X", "unit_staff", "vi", other, "h", true}).has_value());
    // Inside it, it works.
    BOOST_TEST(users.update_managed(head, own_staff, 1, {"Tên mới", "unit_staff", "en", d}));
    BOOST_TEST(users.reset_password_managed(head, own_staff, 2, "new-hash"));
    BOOST_TEST(users.set_active_managed(head, own_staff, 3, false));
    auto created = users.create_managed(head, {test::unique("new.staff"), "Mới", "unit_staff", "vi", d, "h", true});
    BOOST_TEST(created.has_value());
    tx.commit();

    auto u = *users.find(own_staff);
    BOOST_TEST(u.display_name == "Tên mới");
    BOOST_TEST(u.lang == "en");
    BOOST_TEST(u.must_change_password);
    BOOST_TEST(!u.active);
    BOOST_TEST(users.find(other_staff)->active);
    // Commission staff and unit staff manage nobody.
    BOOST_TEST(users.list_managed(domain::scope_for("commission_staff", p)).empty());
    BOOST_TEST(users.list_managed(domain::scope_for("unit_staff", d)).empty());
}

BOOST_AUTO_TEST_CASE(a_stale_version_changes_nothing)
{
    int64_t p = make_unit(1, std::nullopt);
    int64_t id = make_user("unit_staff", p);
    auto admin = domain::scope_for("admin", p);
    store::UserStore users(test::db());
    core::Transaction tx(test::db());
    BOOST_TEST(users.update_managed(admin, id, 1, {"Lần một", "unit_staff", "vi", p}));
    BOOST_TEST(!users.update_managed(admin, id, 1, {"Lần hai", "unit_staff", "vi", p}));
    tx.commit();
    BOOST_TEST(users.find(id)->display_name == "Lần một");
}

BOOST_AUTO_TEST_CASE(the_last_active_admin_cannot_be_locked_out)
{
    int64_t p = make_unit(1, std::nullopt);
    store::UserStore users(test::db());
    // This database is this test binary's own: make sure exactly one active admin exists.
    {
        core::Transaction tx(test::db());
        test::db().exec("UPDATE users SET active = 0 WHERE role = 'admin'");
        tx.commit();
    }
    int64_t only = make_user("admin", p);
    auto admin = domain::scope_for("admin", p);
    {
        core::Transaction tx(test::db());
        int n = users.count_active_admins_for_update();
        BOOST_TEST(n == 1);
        auto before = *users.find(only);
        BOOST_TEST(domain::check_admin_kept(n, before.role, before.active, "admin", false) == "E_ADM_LAST_ADMIN");
        BOOST_TEST(domain::check_admin_kept(n, before.role, before.active, "commission_staff", true) == "E_ADM_LAST_ADMIN");
    }
    int64_t second = make_user("admin", p);
    {
        core::Transaction tx(test::db());
        int n = users.count_active_admins_for_update();
        BOOST_TEST(n == 2);
        auto before = *users.find(only);
        BOOST_TEST(domain::check_admin_kept(n, before.role, before.active, "admin", false) == "");
        BOOST_TEST(users.set_active_managed(admin, only, before.version, false));
        tx.commit();
    }
    core::Transaction tx(test::db());
    int n = users.count_active_admins_for_update();
    BOOST_TEST(n == 1);
    auto last = *users.find(second);
    BOOST_TEST(domain::check_admin_kept(n, last.role, last.active, "unit_head", true) == "E_ADM_LAST_ADMIN");
}

BOOST_AUTO_TEST_SUITE_END()
