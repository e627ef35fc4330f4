// store::ModelStore and store::AttachmentStore against the real database: scope, filters, search
// without diacritics, Vietnamese sorting, optimistic locking, carrying forward, audit rows.
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "core/crypto.h"
#include "domain/text.h"
#include "store/attachment_store.h"
#include "store/model_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

namespace {

// A province with two districts, the first with one grassroots unit; and a user to write with.
struct Tree {
    int64_t province, d1, d2, g1, user;
    std::string tag;  // a word in every title of this test, so its queries see only its own rows
};

int64_t add_unit(const std::string& code, const std::string& name, int level, std::optional<int64_t> parent)
{
    auto& db = test::db();
    int64_t id = db.insert("INSERT INTO units (code, name, kind, level_id, parent_id) VALUES (?, ?, 'test', ?, ?)",
                           {code, name, level, parent});
    // Closure rows, as the admin pages write them: the unit itself and every ancestor.
    db.exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)", {id, id});
    if (parent)
        db.exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth)"
                " SELECT ancestor_id, ?, depth + 1 FROM unit_closure WHERE descendant_id = ?",
                {id, *parent});
    return id;
}

Tree make_tree()
{
    Tree t;
    std::string u = test::unique("m");
    t.tag = "tag" + u;
    t.province = add_unit("P" + u, "Tỉnh ủy " + u, 1, std::nullopt);
    t.d1 = add_unit("D1" + u, "Huyện ủy Đắk Song " + u, 2, t.province);
    t.d2 = add_unit("D2" + u, "Huyện ủy Đức Linh " + u, 2, t.province);
    t.g1 = add_unit("G1" + u, "Đảng ủy xã Thuận Hạnh " + u, 3, t.d1);
    store::NewUser nu;
    nu.login = "u" + u;
    nu.display_name = "Người thử " + u;
    nu.role = "unit_staff";
    nu.unit_id = t.d1;
    nu.password_hash = "x";
    t.user = store::UserStore(test::db()).create(nu);
    return t;
}

int64_t field_id(const std::string& code)
{
    for (const auto& f : store::ModelStore(test::db()).active_fields())
        if (f.code == code) return f.id;
    throw std::runtime_error("no field " + code);
}

domain::ModelDraft draft(const Tree& t, int64_t unit, const std::string& title, int year = 2023,
                         const std::string& field = "economy", const std::string& kind = "collective")
{
    domain::ModelDraft d;
    d.year = year;
    d.unit_id = unit;
    d.title = title + " " + t.tag;
    d.kind = kind;
    if (kind == "individual") {
        d.person_name = "Nguyễn Thị Hồng";
        d.person_position = "Bí thư chi bộ";
    }
    d.field_code = field;
    d.field_id = field_id(field);
    d.summary = "Tóm tắt";
    d.content = "Nội dung";
    d.start_date = "2023-03-01";
    d.indicators = {{"Số hộ thoát nghèo", "hộ", "273"}, {"Tỷ lệ đảng viên cài đặt", "% đảng viên", "90.5"}};
    return d;
}

domain::Scope unit_scope(int64_t unit) { return domain::scope_for(domain::Role::UnitStaff, unit); }
const domain::Scope kEverything = domain::scope_for(domain::Role::Admin, 0);

store::ModelFilter tagged(const Tree& t)
{
    store::ModelFilter f;
    f.q = t.tag;
    return f;
}

std::vector<std::string> titles(const store::ModelPage& p)
{
    std::vector<std::string> out;
    for (const auto& m : p.rows) out.push_back(m.title);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(model_store)

BOOST_AUTO_TEST_CASE(create_then_find_within_scope_only)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    int64_t id = models.create(draft(t, t.d1, "Năm đảng viên giúp một hộ"), {t.user, "10.0.0.1"});

    auto m = models.find(unit_scope(t.d1), id);
    BOOST_TEST_REQUIRE(m.has_value());
    BOOST_TEST(m->status == "registered");
    BOOST_TEST(m->version == 1);
    BOOST_TEST(m->unit_level == "district");
    BOOST_TEST(*m->start_date == "2023-03-01");
    BOOST_TEST_REQUIRE(m->indicators.size() == 2u);
    BOOST_TEST(m->indicators[0].target == "273.00");
    BOOST_TEST(m->indicators[1].target == "90.50");
    BOOST_TEST(!m->indicators[0].achieved);
    // The province and admins see it; the other district and the grassroots unit below do not.
    BOOST_TEST(models.find(unit_scope(t.province), id).has_value());
    BOOST_TEST(models.find(kEverything, id).has_value());
    BOOST_TEST(!models.find(unit_scope(t.d2), id).has_value());
    BOOST_TEST(!models.find(unit_scope(t.g1), id).has_value());
    // One audit row, by the writer, from their address.
    BOOST_TEST(test::count_rows("audit_log", "entity = 'model' AND action = 'model.create' AND entity_id = " +
                                                 std::to_string(id) + " AND user_id = " + std::to_string(t.user) +
                                                 " AND remote_addr = '10.0.0.1'") == 1);
}

BOOST_AUTO_TEST_CASE(the_unit_name_of_the_time_stays_after_a_rename)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    int64_t id = models.create(draft(t, t.d1, "Dân vận khéo"), {t.user, ""});
    test::db().exec("UPDATE units SET name = 'Đảng ủy xã sau sáp nhập' WHERE id = ?", {t.d1});
    auto m = models.find(kEverything, id);
    BOOST_TEST(m->unit_name.find("Huyện ủy Đắk Song") == 0u);
    // And the search still finds it under that name, without diacritics.
    store::ModelFilter f = tagged(t);
    f.q += " dak song";
    BOOST_TEST(models.list(kEverything, f, 1, 50).total == 1);
}

BOOST_AUTO_TEST_CASE(search_with_or_without_diacritics_and_escaped_wildcards)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    models.create(draft(t, t.d1, "Dân vận khéo trong xây dựng nông thôn mới"), {t.user, ""});
    models.create(draft(t, t.d1, "Giảm 100% hộ nghèo_thôn"), {t.user, ""});
    models.create(draft(t, t.d2, "Sổ tay đảng viên điện tử", 2023, "political_system", "individual"), {t.user, ""});
    auto count = [&](const std::string& q) {
        store::ModelFilter f = tagged(t);
        f.q += " " + q;
        return models.list(kEverything, f, 1, 50).total;
    };
    BOOST_TEST(count("dan van kheo") == 1);
    BOOST_TEST(count("DÂN VẬN KHÉO") == 1);
    BOOST_TEST(count("nong thon") == 1);
    BOOST_TEST(count("dak song") == 2);           // the unit's name
    BOOST_TEST(count("nguyen thi hong") == 1);    // the person's name
    BOOST_TEST(count("100%") == 1);
    BOOST_TEST(count("%") == 1);                  // a literal percent sign, not "anything"
    BOOST_TEST(count("ngheo_thon") == 1);
    BOOST_TEST(count("ngheo thon") == 1);
    BOOST_TEST(count("x_y") == 0);                // "_" is not "any one character"
    BOOST_TEST(count("khong co") == 0);
}

BOOST_AUTO_TEST_CASE(filters_by_year_unit_subtree_level_field_kind_status)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    models.create(draft(t, t.d1, "A", 2023, "economy"), {t.user, ""});
    models.create(draft(t, t.g1, "B", 2023, "culture_society"), {t.user, ""});
    models.create(draft(t, t.d2, "C", 2024, "economy", "individual"), {t.user, ""});
    auto total = [&](auto set) {
        store::ModelFilter f = tagged(t);
        set(f);
        return models.list(kEverything, f, 1, 50).total;
    };
    BOOST_TEST(total([](auto&) {}) == 3);
    BOOST_TEST(total([](auto& f) { f.year = 2023; }) == 2);
    BOOST_TEST(total([&](auto& f) { f.unit_id = t.d1; }) == 2);  // with its grassroots unit
    BOOST_TEST(total([&](auto& f) { f.unit_id = t.g1; }) == 1);
    BOOST_TEST(total([&](auto& f) { f.unit_id = t.province; }) == 3);
    BOOST_TEST(total([](auto& f) { f.level = "grassroots"; }) == 1);
    BOOST_TEST(total([](auto& f) { f.level = "district"; }) == 2);
    BOOST_TEST(total([](auto& f) { f.field = "economy"; }) == 2);
    BOOST_TEST(total([](auto& f) { f.kind = "individual"; }) == 1);
    BOOST_TEST(total([](auto& f) { f.status = "registered"; }) == 3);
    BOOST_TEST(total([](auto& f) { f.status = "recognised"; }) == 0);
    // A district's staff see their subtree only, whatever the filter asks for.
    store::ModelFilter f = tagged(t);
    BOOST_TEST(models.list(unit_scope(t.d1), f, 1, 50).total == 2);
    f.unit_id = t.d2;
    BOOST_TEST(models.list(unit_scope(t.d1), f, 1, 50).total == 0);
    BOOST_TEST(models.export_rows(unit_scope(t.d2), tagged(t), 100).size() == 1u);
}

BOOST_AUTO_TEST_CASE(sorts_in_vietnamese_order_and_pages)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    // Vietnamese order: D < Đ < E, A < Ă < Â.
    for (const char* title : {"Đoàn kết", "Ấm no", "Dân vận", "Em đến trường", "An toàn", "Ăn ở"})
        models.create(draft(t, t.d1, title), {t.user, ""});
    store::ModelFilter f = tagged(t);
    auto page = models.list(kEverything, f, 1, 50);
    std::vector<std::string> want;
    for (const char* w : {"An toàn", "Ăn ở", "Ấm no", "Dân vận", "Đoàn kết", "Em đến trường"}) want.push_back(w + (" " + t.tag));
    BOOST_TEST(titles(page) == want);
    f.dir = "desc";
    auto desc = models.list(kEverything, f, 1, 50);
    BOOST_TEST(desc.rows.front().title == want.back());
    // Pages of 4: the second page has the last two, and the total counts every page.
    f.dir = "asc";
    auto second = models.list(kEverything, f, 2, 4);
    BOOST_TEST(second.total == 6);
    BOOST_TEST_REQUIRE(second.rows.size() == 2u);
    BOOST_TEST(second.rows[0].title == want[4]);
    // An unknown sort falls back to the title; other sorts run.
    for (const char* s : {"unit", "year", "field", "kind", "status", "1; DROP TABLE models"}) {
        f.sort = s;
        BOOST_TEST(models.list(kEverything, f, 1, 50).total == 6, s);
    }
}

BOOST_AUTO_TEST_CASE(a_stale_version_changes_nothing)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    int64_t id = models.create(draft(t, t.d1, "Bản đầu"), {t.user, ""});
    test::db().exec("UPDATE model_indicators SET achieved = 280 WHERE model_id = ? AND position = 1", {id});
    auto before = *models.find(kEverything, id);

    auto first = draft(t, t.d1, "Bản của người thứ nhất");
    BOOST_TEST(models.update(before, 1, first, {t.user, ""}));
    auto second = draft(t, t.d1, "Bản của người thứ hai");
    BOOST_TEST(!models.update(before, 1, second, {t.user, ""}));

    auto now = *models.find(kEverything, id);
    BOOST_TEST(now.title == first.title);
    BOOST_TEST(now.version == 2);
    // The achieved value recorded at evaluation stays with its indicator.
    BOOST_TEST(*now.indicators[0].achieved == "280.00");
    BOOST_TEST(test::count_rows("audit_log", "action = 'model.update' AND entity_id = " + std::to_string(id)) == 1);
    store::ModelFilter f = tagged(t);
    f.q += " nguoi thu nhat";
    BOOST_TEST(models.list(kEverything, f, 1, 50).total == 1);
}

BOOST_AUTO_TEST_CASE(carrying_into_the_next_year)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    int64_t id = models.create(draft(t, t.d1, "Năm đảng viên giúp một hộ"), {t.user, ""});
    test::db().exec("UPDATE model_indicators SET achieved = 300 WHERE model_id = ?", {id});
    int64_t next = models.carry_forward(*models.find(kEverything, id), {t.user, ""});
    auto m = *models.find(kEverything, next);
    BOOST_TEST(m.year == 2024);
    BOOST_TEST(*m.carried_from_id == id);
    BOOST_TEST(m.status == "registered");
    BOOST_TEST(m.indicators.size() == 2u);
    BOOST_TEST(!m.indicators[0].achieved);
    BOOST_TEST(m.indicators[0].target == "273.00");
    BOOST_TEST(*models.find(kEverything, id)->carried_to_id == next);
}

// Two tabs carrying one model at once: the second waits for the first and leads to its copy.
BOOST_AUTO_TEST_CASE(carrying_twice_at_once_makes_one_copy)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    int64_t id = models.create(draft(t, t.d1, "Mang sang hai lần"), {t.user, ""});
    auto before = *models.find(kEverything, id);
    std::atomic<bool> carried{false};
    int64_t first = 0;
    std::thread slow([&] {
        core::db_thread_init();
        core::Db db(test::db().config());
        core::Transaction tx(db);
        first = store::ModelStore(db).carry_forward(before, {t.user, ""});
        carried = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));  // commits late
        tx.commit();
        db.disconnect();
        core::db_thread_end();
    });
    while (!carried) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    core::Transaction tx(test::db());
    int64_t second = models.carry_forward(before, {t.user, ""});  // read before the first committed
    tx.commit();
    slow.join();
    BOOST_TEST(second == first);
    BOOST_TEST(test::count_rows("models", "carried_from_id = " + std::to_string(id)) == 1);
}

BOOST_AUTO_TEST_CASE(attachments_are_checksummed_and_scoped)
{
    Tree t = make_tree();
    store::ModelStore models(test::db());
    int64_t id = models.create(draft(t, t.d1, "Có tệp"), {t.user, ""});
    store::AttachmentStore files(test::db());
    std::string data = "%PDF-1.7\n" + std::string(1000, '\0') + "binary\xFF";
    int64_t a = files.add(id, "biên bản.pdf", "application/pdf", data, {t.user, ""});
    auto got = files.get(unit_scope(t.d1), id, a);
    BOOST_TEST_REQUIRE(got.has_value());
    BOOST_TEST(got->data == data);
    BOOST_TEST(got->sha256 == core::sha256_hex(data));
    BOOST_TEST(got->size_bytes == static_cast<int64_t>(data.size()));
    BOOST_TEST(!files.get(unit_scope(t.d2), id, a).has_value());
    BOOST_TEST(!files.get(kEverything, id + 1, a).has_value());  // the right id under another model
    BOOST_TEST(files.list(id).size() == 1u);
}

BOOST_AUTO_TEST_CASE(units_in_scope_are_listed_parents_first)
{
    Tree t = make_tree();
    auto units = store::ModelStore(test::db()).units_in_scope(unit_scope(t.d1));
    BOOST_TEST_REQUIRE(units.size() == 2u);
    BOOST_TEST(units[0].id == t.d1);
    BOOST_TEST(units[1].id == t.g1);
    BOOST_TEST(units[1].depth == 1);
}

BOOST_AUTO_TEST_SUITE_END()
