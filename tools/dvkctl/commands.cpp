// dvkctl's commands: migrations, checks, units, users and the demo data.
#include "tools/dvkctl/commands.h"

#include <iostream>
#include <map>

#include "core/crypto.h"
#include "core/json.h"
#include "core/migrate.h"
#include "domain/roles.h"
#include "domain/sign_in.h"
#include "store/audit_store.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tools/dvkctl/demo.h"

namespace {

std::string sql_dir(const Tool& t) { return t.config.get("DVK_SQL_DIR", "sql"); }

int migrate_command(Tool& t)
{
    auto st = core::migrate(t.db, sql_dir(t));
    for (const auto& name : st.applied_now) t.out << "applied " << name << "\n";
    if (st.applied_now.empty()) t.out << "migrations are current\n";
    return 0;
}

int check_command(Tool& t)
{
    if (!t.db.ping()) {
        t.err << "database: not reachable\n";
        return 1;
    }
    t.out << "database: reachable\n";
    auto st = core::migration_status(t.db, sql_dir(t));
    for (const auto& m : st.modified) t.err << "migration changed after it ran: " << m << "\n";
    for (const auto& m : st.pending) t.err << "migration pending: " << m << "\n";
    if (!st.modified.empty() || !st.pending.empty()) return 1;
    t.out << "migrations: current\n";
    return 0;
}

int unit_list_command(Tool& t)
{
    for (const auto& u : store::UnitStore(t.db).list())
        t.out << u.code << "\t" << u.level << "\t" << u.name << (u.status == "active" ? "" : "\t(" + u.status + ")")
              << "\n";
    return 0;
}

std::string read_password(Tool& t)
{
    std::string line;
    std::getline(t.in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Named options after the positional words: --role R --unit C --name N.
std::map<std::string, std::string> options(const std::vector<std::string>& args, size_t from)
{
    std::map<std::string, std::string> out;
    for (size_t i = from; i + 1 < args.size(); i += 2) {
        if (args[i].rfind("--", 0) != 0) break;
        out[args[i].substr(2)] = args[i + 1];
    }
    return out;
}

int user_add_command(Tool& t, const std::vector<std::string>& args)
{
    if (args.size() < 3) return -1;
    std::string login = args[2];
    auto opt = options(args, 3);
    if (!domain::valid_login(login)) {
        t.err << "login must be 3-64 characters of a-z, 0-9, '.', '_', '-'\n";
        return 1;
    }
    if (!domain::parse_role(opt["role"])) {
        t.err << "role must be one of unit_staff, unit_head, commission_staff, admin\n";
        return 1;
    }
    auto unit = store::UnitStore(t.db).find_by_code(opt["unit"]);
    if (!unit) {
        t.err << "no unit with code '" << opt["unit"] << "' (see: dvkctl unit list)\n";
        return 1;
    }
    std::string password = read_password(t);
    if (auto problem = domain::check_new_password(login, password, password); !problem.empty()) {
        t.err << "password refused: at least 10 characters, not containing the login (" << problem << ")\n";
        return 1;
    }
    store::UserStore users(t.db);
    if (users.find_by_login(login)) {
        t.err << "a user with login '" << login << "' already exists\n";
        return 1;
    }
    store::NewUser u;
    u.login = login;
    u.display_name = opt.count("name") ? opt["name"] : login;
    u.role = opt["role"];
    u.unit_id = unit->id;
    u.password_hash = core::hash_password(password);
    core::Transaction tx(t.db);
    int64_t id = users.create(u);
    store::AuditStore(t.db).append({std::nullopt, "dvkctl", "user.create", "user", id, std::nullopt,
                                    core::JsonObject().add("login", login).add("role", u.role).add("unit", unit->code).str()});
    tx.commit();
    t.out << "created user " << login << " (" << u.role << ", " << unit->code << ")\n";
    return 0;
}

int user_passwd_command(Tool& t, const std::vector<std::string>& args)
{
    if (args.size() != 3) return -1;
    store::UserStore users(t.db);
    auto user = users.find_by_login(args[2]);
    if (!user) {
        t.err << "no user with login '" << args[2] << "'\n";
        return 1;
    }
    std::string password = read_password(t);
    if (auto problem = domain::check_new_password(user->login, password, password); !problem.empty()) {
        t.err << "password refused: at least 10 characters, not containing the login (" << problem << ")\n";
        return 1;
    }
    core::Transaction tx(t.db);
    users.set_password(user->id, core::hash_password(password), false);
    store::AuditStore(t.db).append({std::nullopt, "dvkctl", "user.password_set", "user", user->id, {}, {}});
    tx.commit();
    t.out << "password set for " << user->login << "\n";
    return 0;
}

}  // namespace

int run_command(Tool& t, const std::vector<std::string>& args)
{
    const std::string& cmd = args.at(0);
    if (cmd == "migrate" && args.size() == 1) return migrate_command(t);
    if (cmd == "check" && args.size() == 1) return check_command(t);
    if (cmd == "demo-load" && args.size() == 1) return load_demo_data(t);
    if (cmd == "unit" && args.size() == 2 && args[1] == "list") return unit_list_command(t);
    if (cmd == "user" && args.size() >= 2 && args[1] == "add") return user_add_command(t, args);
    if (cmd == "user" && args.size() >= 2 && args[1] == "passwd") return user_passwd_command(t, args);
    return -1;
}
