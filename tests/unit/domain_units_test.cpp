// Unit hierarchy rules: codes, new units, moves, merges, closing, tree order, account management.
#include <boost/test/unit_test.hpp>

#include "domain/units.h"

using domain::UnitNode;

BOOST_AUTO_TEST_SUITE(unit_rules)

BOOST_AUTO_TEST_CASE(unit_code_format)
{
    BOOST_TEST(domain::valid_unit_code("PT"));
    BOOST_TEST(domain::valid_unit_code("PT-PHUTHUY"));
    BOOST_TEST(domain::valid_unit_code("KCQ2"));
    BOOST_TEST(domain::valid_unit_code(std::string(32, 'A')));
    BOOST_TEST(!domain::valid_unit_code("P"));
    BOOST_TEST(!domain::valid_unit_code(std::string(33, 'A')));
    BOOST_TEST(!domain::valid_unit_code("pt"));
    BOOST_TEST(!domain::valid_unit_code("PT PT"));
    BOOST_TEST(!domain::valid_unit_code("PT_1"));
    BOOST_TEST(!domain::valid_unit_code("ĐL"));
    BOOST_TEST(!domain::valid_unit_code(""));
}

BOOST_AUTO_TEST_CASE(new_unit_needs_every_field_and_a_level_below_its_parent)
{
    domain::UnitDraft ok{"XA-1", "Đảng ủy xã Một", "commune", 3, 2, true};
    BOOST_TEST(domain::check_new_unit(ok).empty());
    // Two-level hierarchy: a commune directly under the province.
    domain::UnitDraft two_level{"XA-2", "Đảng ủy xã Hai", "commune", 3, 1, true};
    BOOST_TEST(domain::check_new_unit(two_level).empty());

    auto e = domain::check_new_unit({"", "  ", "planet", 0, std::nullopt, true});
    BOOST_TEST(e["code"] == "E_ADM_UNIT_CODE_REQUIRED");
    BOOST_TEST(e["name"] == "E_ADM_UNIT_NAME_REQUIRED");
    BOOST_TEST(e["kind"] == "E_ADM_UNIT_KIND_REQUIRED");
    BOOST_TEST(e["level"] == "E_ADM_UNIT_LEVEL_REQUIRED");
    BOOST_TEST(domain::check_new_unit({"x", "A", "ward", 3, 2, true})["code"] == "E_ADM_UNIT_CODE_FORMAT");
    BOOST_TEST(domain::check_new_unit({"HU", "A", "district", 2, 2, true})["level"] == "E_ADM_UNIT_LEVEL_NOT_BELOW_PARENT");
    BOOST_TEST(domain::check_new_unit({"HU", "A", "district", 1, 2, true})["level"] == "E_ADM_UNIT_LEVEL_NOT_BELOW_PARENT");
    BOOST_TEST(domain::check_new_unit({"HU", "A", "district", 2, 1, false})["parent"] == "E_ADM_UNIT_PARENT_NOT_ACTIVE");
}

BOOST_AUTO_TEST_CASE(move_refuses_itself_descendants_and_wrong_levels)
{
    UnitNode district{10, 2, "active"}, province{1, 1, "active"}, other_district{11, 2, "active"};
    UnitNode commune{20, 3, "active"}, closed_province{2, 1, "closed"};
    std::vector<int64_t> subtree{10, 20};
    BOOST_TEST(domain::check_move(district, province, subtree) == "");
    BOOST_TEST(domain::check_move(district, district, subtree) == "E_ADM_UNIT_MOVE_UNDER_ITSELF");
    BOOST_TEST(domain::check_move(district, commune, subtree) == "E_ADM_UNIT_MOVE_UNDER_DESCENDANT");
    BOOST_TEST(domain::check_move(district, other_district, subtree) == "E_ADM_UNIT_LEVEL_NOT_BELOW_PARENT");
    BOOST_TEST(domain::check_move(district, closed_province, subtree) == "E_ADM_UNIT_PARENT_NOT_ACTIVE");
    BOOST_TEST(domain::check_move(commune, other_district, {20}) == "");
    BOOST_TEST(domain::check_move(UnitNode{10, 2, "merged"}, province, subtree) == "E_ADM_UNIT_NOT_ACTIVE");
}

BOOST_AUTO_TEST_CASE(merge_refuses_itself_inactive_targets_descendants_and_lower_levels)
{
    UnitNode a{10, 2, "active"}, b{11, 2, "active"}, a_child{20, 3, "active"};
    BOOST_TEST(domain::check_merge(a, b, {10, 20}) == "");
    BOOST_TEST(domain::check_merge(a, a, {10, 20}) == "E_ADM_UNIT_MERGE_INTO_ITSELF");
    BOOST_TEST(domain::check_merge(a, UnitNode{11, 2, "closed"}, {10, 20}) == "E_ADM_UNIT_MERGE_TARGET_NOT_ACTIVE");
    BOOST_TEST(domain::check_merge(a, UnitNode{11, 2, "merged"}, {10, 20}) == "E_ADM_UNIT_MERGE_TARGET_NOT_ACTIVE");
    BOOST_TEST(domain::check_merge(a, a_child, {10, 20}) == "E_ADM_UNIT_MERGE_INTO_DESCENDANT");
    BOOST_TEST(domain::check_merge(a, UnitNode{30, 3, "active"}, {10, 20}) == "E_ADM_UNIT_MERGE_TARGET_LEVEL");
    BOOST_TEST(domain::check_merge(UnitNode{10, 2, "merged"}, b, {10}) == "E_ADM_UNIT_NOT_ACTIVE");
}

BOOST_AUTO_TEST_CASE(close_refuses_units_with_active_children)
{
    BOOST_TEST(domain::check_close({10, 2, "active"}, 0) == "");
    BOOST_TEST(domain::check_close({10, 2, "active"}, 2) == "E_ADM_UNIT_HAS_ACTIVE_CHILDREN");
    BOOST_TEST(domain::check_close({10, 2, "closed"}, 0) == "E_ADM_UNIT_NOT_ACTIVE");
}

BOOST_AUTO_TEST_CASE(tree_order_puts_parents_first_and_keeps_sibling_order)
{
    // Input as the database sorts it: by level, then name.
    std::vector<std::pair<int64_t, std::optional<int64_t>>> nodes{
        {1, std::nullopt}, {3, 1}, {2, 1}, {5, 2}, {4, 3}, {6, 99}};
    auto order = domain::tree_order(nodes);
    std::vector<int64_t> ids;
    std::vector<int> depths;
    for (auto [i, d] : order) {
        ids.push_back(nodes[i].first);
        depths.push_back(d);
    }
    BOOST_TEST(ids == (std::vector<int64_t>{1, 3, 4, 2, 5, 6}), boost::test_tools::per_element());
    BOOST_TEST(depths == (std::vector<int>{0, 1, 2, 1, 2, 0}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_unit_head_manages_only_own_unit_staff)
{
    auto head = domain::scope_for(domain::Role::UnitHead, 7);
    auto admin = domain::scope_for(domain::Role::Admin, 1);
    auto staff = domain::scope_for(domain::Role::UnitStaff, 7);
    auto commission = domain::scope_for(domain::Role::CommissionStaff, 1);
    BOOST_TEST(domain::may_manage_user(head, "unit_staff", 7));
    BOOST_TEST(!domain::may_manage_user(head, "unit_staff", 8));
    BOOST_TEST(!domain::may_manage_user(head, "unit_head", 7));
    BOOST_TEST(!domain::may_manage_user(head, "admin", 7));
    BOOST_TEST(domain::may_manage_user(admin, "admin", 3));
    BOOST_TEST(!domain::may_manage_user(staff, "unit_staff", 7));
    BOOST_TEST(!domain::may_manage_user(commission, "unit_staff", 7));
    BOOST_TEST(domain::assignable_roles(head) == (std::vector<std::string>{"unit_staff"}), boost::test_tools::per_element());
    BOOST_TEST(domain::assignable_roles(admin).size() == 4u);
    BOOST_TEST(domain::assignable_roles(commission).empty());
}

BOOST_AUTO_TEST_CASE(the_last_active_admin_is_kept)
{
    BOOST_TEST(domain::check_admin_kept(1, "admin", true, "admin", false) == "E_ADM_LAST_ADMIN");
    BOOST_TEST(domain::check_admin_kept(1, "admin", true, "unit_head", true) == "E_ADM_LAST_ADMIN");
    BOOST_TEST(domain::check_admin_kept(2, "admin", true, "admin", false) == "");
    BOOST_TEST(domain::check_admin_kept(1, "admin", true, "admin", true) == "");
    BOOST_TEST(domain::check_admin_kept(1, "unit_staff", true, "unit_staff", false) == "");
    // Reactivating or promoting is never refused.
    BOOST_TEST(domain::check_admin_kept(0, "admin", false, "admin", true) == "");
}

BOOST_AUTO_TEST_SUITE_END()
