// The unit tree against the real database: create, rename, move, close, merge keep unit_closure and
// unit_names right; name_at gives the name of the time.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>

#include "core/crypto.h"
#include "domain/units.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

namespace {

const int kProvince = 1, kDistrict = 2, kGrassroots = 3;

// A unit with a unique code; its name is prefix + code.
int64_t make_unit(const std::string& name, int level, std::optional<int64_t> parent, const std::string& day = "2023-01-01")
{
    std::string code = test::unique("U");
    for (char& c : code) c = c == '_' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    store::UnitStore units(test::db());
    core::Transaction tx(test::db());
    int64_t id = units.create({code, name + " " + code, level == 1 ? "province_commission" : level == 2 ? "district" : "commune",
                               level, parent},
                              day);
    tx.commit();
    return id;
}

// The closure table's ancestors of a unit (itself excluded), as a set.
std::set<int64_t> ancestors_of(int64_t id)
{
    std::set<int64_t> out;
    for (const auto& u : store::UnitStore(test::db()).ancestors(id)) out.insert(u.id);
    return out;
}

// The closure table agrees with parent_id for every unit below (and including) root.
void check_closure_matches_parents(int64_t root)
{
    store::UnitStore units(test::db());
    for (int64_t id : units.subtree_ids(root)) {
        std::set<int64_t> expected;
        auto u = units.find(id);
        while (u && u->parent_id) {
            expected.insert(*u->parent_id);
            u = units.find(*u->parent_id);
        }
        BOOST_TEST((ancestors_of(id) == expected), "closure of unit " << id);
        BOOST_TEST(test::count_rows("unit_closure", "ancestor_id = " + std::to_string(id) + " AND descendant_id = " +
                                                        std::to_string(id) + " AND depth = 0") == 1);
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(unit_store_tree)

BOOST_AUTO_TEST_CASE(create_adds_the_self_row_the_ancestors_rows_and_the_first_name)
{
    int64_t p = make_unit("Tỉnh", kProvince, std::nullopt);
    int64_t d = make_unit("Huyện", kDistrict, p);
    int64_t c = make_unit("Xã", kGrassroots, d, "2023-02-01");
    BOOST_TEST((ancestors_of(c) == std::set<int64_t>{p, d}));
    BOOST_TEST(test::count_rows("unit_closure", "ancestor_id = " + std::to_string(p) + " AND descendant_id = " +
                                                    std::to_string(c) + " AND depth = 2") == 1);
    store::UnitStore units(test::db());
    auto hist = units.name_history(c);
    BOOST_TEST(hist.size() == 1u);
    BOOST_TEST(hist[0].valid_from == "2023-02-01");
    BOOST_TEST(!hist[0].valid_to);
    auto sub = units.subtree_ids(p);
    BOOST_TEST(sub.size() == 3u);
    // Two-level hierarchy: a commune straight under the province.
    int64_t c2 = make_unit("Xã hai cấp", kGrassroots, p);
    BOOST_TEST((ancestors_of(c2) == std::set<int64_t>{p}));
    BOOST_TEST(units.find(c2)->level == "grassroots");
}

BOOST_AUTO_TEST_CASE(a_duplicate_code_is_refused_by_the_database)
{
    int64_t p = make_unit("Tỉnh", kProvince, std::nullopt);
    store::UnitStore units(test::db());
    auto code = units.find(p)->code;
    core::Transaction tx(test::db());
    BOOST_CHECK_THROW(units.create({code, "Trùng mã", "district", kDistrict, p}, "2023-01-01"), core::DbConflict);
}

BOOST_AUTO_TEST_CASE(rename_keeps_the_old_name_for_earlier_dates)
{
    int64_t p = make_unit("Tỉnh", kProvince, std::nullopt);
    int64_t d = make_unit("Huyện cũ", kDistrict, p, "2021-01-01");
    store::UnitStore units(test::db());
    std::string old_name = units.find(d)->name;
    {
        core::Transaction tx(test::db());
        BOOST_TEST(units.rename(d, units.find(d)->version, "Thị xã mới", "2024-07-01"));
        tx.commit();
    }
    BOOST_TEST(units.find(d)->name == "Thị xã mới");
    BOOST_TEST(units.name_at(d, "2023-12-31") == old_name);
    BOOST_TEST(units.name_at(d, "2024-06-30") == old_name);
    BOOST_TEST(units.name_at(d, "2024-07-01") == "Thị xã mới");
    BOOST_TEST(units.name_at(d, "2030-01-01") == "Thị xã mới");
    // Before the first recorded name: the first name.
    BOOST_TEST(units.name_at(d, "2015-01-01") == old_name);
    auto hist = units.name_history(d);
    BOOST_TEST(hist.size() == 2u);
    BOOST_TEST(*hist[0].valid_to == "2024-07-01");
    BOOST_TEST(!hist[1].valid_to);
    // A stale version changes nothing.
    core::Transaction tx(test::db());
    BOOST_TEST(!units.rename(d, 1, "Tên khác", "2024-08-01"));
    tx.commit();
    BOOST_TEST(units.find(d)->name == "Thị xã mới");
    BOOST_TEST(units.name_history(d).size() == 2u);
}

BOOST_AUTO_TEST_CASE(move_rehangs_the_subtree_and_the_rule_refuses_descendants)
{
    int64_t p = make_unit("Tỉnh", kProvince, std::nullopt);
    int64_t d1 = make_unit("Huyện 1", kDistrict, p);
    int64_t d2 = make_unit("Huyện 2", kDistrict, p);
    int64_t c = make_unit("Xã", kGrassroots, d1);
    int64_t c_under = make_unit("Cơ quan", kGrassroots, d1);
    store::UnitStore units(test::db());
    // The rule refuses moving d1 under its own commune, or under itself.
    auto node = [&](int64_t id) {
        auto u = *units.find(id);
        return domain::UnitNode{u.id, u.level_rank, u.status};
    };
    BOOST_TEST(domain::check_move(node(d1), node(c), units.subtree_ids(d1)) == "E_ADM_UNIT_MOVE_UNDER_DESCENDANT");
    BOOST_TEST(domain::check_move(node(d1), node(d1), units.subtree_ids(d1)) == "E_ADM_UNIT_MOVE_UNDER_ITSELF");
    BOOST_TEST(domain::check_move(node(c), node(d2), units.subtree_ids(c)) == "");
    {
        core::Transaction tx(test::db());
        BOOST_TEST(units.move(c, units.find(c)->version, d2));
        tx.commit();
    }
    BOOST_TEST(*units.find(c)->parent_id == d2);
    BOOST_TEST((ancestors_of(c) == std::set<int64_t>{p, d2}));
    BOOST_TEST(test::count_rows("unit_closure", "ancestor_id = " + std::to_string(d1) + " AND descendant_id = " +
                                                    std::to_string(c)) == 0);
    // Moving a district with its subtree under another root keeps the subtree's inner rows.
    int64_t p2 = make_unit("Tỉnh mới", kProvince, std::nullopt);
    {
        core::Transaction tx(test::db());
        BOOST_TEST(units.move(d2, units.find(d2)->version, p2));
        tx.commit();
    }
    BOOST_TEST((ancestors_of(c) == std::set<int64_t>{p2, d2}));
    check_closure_matches_parents(p);
    check_closure_matches_parents(p2);
    (void)c_under;
    // A stale version changes nothing.
    core::Transaction tx(test::db());
    BOOST_TEST(!units.move(d2, 1, p));
    tx.commit();
    BOOST_TEST(*units.find(d2)->parent_id == p2);
}

BOOST_AUTO_TEST_CASE(close_marks_the_unit_closed_with_its_date)
{
    int64_t p = make_unit("Tỉnh", kProvince, std::nullopt);
    int64_t d = make_unit("Huyện", kDistrict, p);
    store::UnitStore units(test::db());
    BOOST_TEST(units.count_active_children(p) == 1);
    {
        core::Transaction tx(test::db());
        BOOST_TEST(units.close(d, units.find(d)->version, "2025-07-01"));
        tx.commit();
    }
    auto u = *units.find(d);
    BOOST_TEST(u.status == "closed");
    BOOST_TEST(*u.closed_at == "2025-07-01");
    BOOST_TEST(units.count_active_children(p) == 0);
    core::Transaction tx(test::db());
    BOOST_TEST(!units.close(d, u.version, "2025-07-02"));  // already closed
}

BOOST_AUTO_TEST_CASE(merge_moves_users_and_children_and_keeps_the_history)
{
    int64_t p = make_unit("Tỉnh", kProvince, std::nullopt);
    int64_t a = make_unit("Huyện A", kDistrict, p, "2021-01-01");
    int64_t b = make_unit("Huyện B", kDistrict, p);
    int64_t a_child = make_unit("Xã của A", kGrassroots, a);
    int64_t a_grandchild = make_unit("Thôn", kGrassroots, a_child);  // data allows it; closure must follow
    store::UnitStore units(test::db());
    store::UserStore users(test::db());
    std::string a_name = units.find(a)->name;
    store::NewUser nu;
    nu.login = test::unique("merge.user");
    nu.display_name = "Cán bộ A";
    nu.role = "unit_staff";
    nu.unit_id = a;
    nu.password_hash = "x";
    int64_t uid;
    {
        core::Transaction tx(test::db());
        uid = users.create(nu);
        tx.commit();
    }
    {
        core::Transaction tx(test::db());
        BOOST_TEST(units.merge(a, units.find(a)->version, b, "2025-07-01"));
        tx.commit();
    }
    auto merged = *units.find(a);
    BOOST_TEST(merged.status == "merged");
    BOOST_TEST(*merged.merged_into_id == b);
    BOOST_TEST(*merged.parent_id == b);
    BOOST_TEST(*merged.closed_at == "2025-07-01");
    BOOST_TEST(users.find(uid)->unit_id == b);
    BOOST_TEST(*units.find(a_child)->parent_id == b);
    BOOST_TEST((ancestors_of(a_child) == std::set<int64_t>{p, b}));
    BOOST_TEST((ancestors_of(a_grandchild) == std::set<int64_t>{p, b, a_child}));
    BOOST_TEST((ancestors_of(a) == std::set<int64_t>{p, b}));
    check_closure_matches_parents(p);
    // B's subtree covers A's past records; A keeps printing under its old name.
    auto sub = units.subtree_ids(b);
    BOOST_TEST((std::find(sub.begin(), sub.end(), a) != sub.end()));
    BOOST_TEST(units.name_at(a, "2023-06-01") == a_name);
    // The rule refuses merging into the merged unit afterwards.
    auto node = [&](int64_t id) {
        auto u = *units.find(id);
        return domain::UnitNode{u.id, u.level_rank, u.status};
    };
    int64_t c = make_unit("Huyện C", kDistrict, p);
    BOOST_TEST(domain::check_merge(node(c), node(a), units.subtree_ids(c)) == "E_ADM_UNIT_MERGE_TARGET_NOT_ACTIVE");
    BOOST_TEST(domain::check_merge(node(b), node(a_child), units.subtree_ids(b)) == "E_ADM_UNIT_MERGE_INTO_DESCENDANT");
}

BOOST_AUTO_TEST_SUITE_END()
