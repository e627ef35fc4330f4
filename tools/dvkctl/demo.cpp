// The demo data: units from sql/demo/*.sql, then one demo user per role (passwords hashed here).
#include "tools/dvkctl/demo.h"
#include "tools/dvkctl/demo_cycle.h"

#include <dirent.h>

#include <algorithm>
#include <ostream>

#include "core/crypto.h"
#include "core/migrate.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tools/dvkctl/demo_models.h"

namespace {

// The demo logins README.md and conf/demo-logins.txt list; all share one password.
struct DemoUser {
    const char *login, *name, *role, *unit;
};
const DemoUser kDemoUsers[] = {
    {"admin", "Quản trị hệ thống", "admin", "BT"},
    {"bdv.nguyen", "Nguyễn Thị Hồng", "commission_staff", "BT"},
    {"pt.lanhdao", "Trần Văn Bình", "unit_head", "PT"},
    {"pt.canbo", "Lê Thị Mai", "unit_staff", "PT"},
    {"dl.lanhdao", "Phạm Văn Đức", "unit_head", "DL"},
    {"phuthuy.canbo", "Võ Thị Lan", "unit_staff", "PT-PHUTHUY"},
};
const char* const kDemoPassword = "dvk-demo-2026";

std::vector<std::string> demo_files(const std::string& dir)
{
    std::vector<std::string> files;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > 4 && n.compare(n.size() - 4, 4, ".sql") == 0) files.push_back(dir + "/" + n);
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int load_demo_data(Tool& t)
{
    store::UserStore users(t.db);
    if (!users.list().empty()) {
        t.out << "demo data: the database already has users; nothing loaded\n";
        return 0;
    }
    std::string dir = t.config.get("DVK_SQL_DIR", "sql") + "/demo";
    for (const auto& f : demo_files(dir)) {
        core::run_sql_file(t.db, f);
        t.out << "loaded " << f << "\n";
    }
    // One hash for every demo user: argon2id is slow on purpose.
    std::string hash = core::hash_password(kDemoPassword);
    store::UnitStore units(t.db);
    core::Transaction tx(t.db);
    for (const auto& d : kDemoUsers) {
        auto unit = units.find_by_code(d.unit);
        if (!unit) throw std::runtime_error(std::string("demo unit missing: ") + d.unit);
        store::NewUser u;
        u.login = d.login;
        u.display_name = d.name;
        u.role = d.role;
        u.unit_id = unit->id;
        u.password_hash = hash;
        users.create(u);
    }
    tx.commit();
    t.out << "demo users created (password: " << kDemoPassword << ")\n";
    if (int rc = load_demo_models(t); rc != 0) return rc;
    if (int rc = load_demo_cycle(t); rc != 0) return rc;  // recognition cycle 2023 (demo_cycle.cpp)
    return 0;
}
