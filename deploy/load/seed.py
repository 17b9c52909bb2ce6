"""Fills the load test's database with programmes: N copies of the demo programme Healthcare
Horizons (slugs load-00001, load-00002, ...), each with its accounts (the demo password), journeys,
forms, settings and an API token whose secret is API_SECRET.

A copy is made in SQL, table by table: every table with a tenant_id column gets the template's rows
again with the new tenant's id; each row's id, and every column that is a foreign key to another
row, is mapped to a new id derived from the old one and the copy's number, so references stay
within the copy. Run by deploy/load/run after the instances have migrated and seeded the demo.

    python3 deploy/load/seed.py DATABASE N
"""
import hashlib
import os
import shutil
import subprocess
import sys
import time

TEMPLATE = "healthcare-horizons"
OWNER = "owner@horizons.example"
API_SECRET = "wf_load-test-secret-0123456789abcdef"
BATCH = 500


CLIENT = shutil.which("mariadb") or "mysql"


def sql(database, statement):
    result = subprocess.run(
        [CLIENT, "-h", os.environ.get("CLUSTER_DB_HOST", "127.0.0.1"), "-P", os.environ.get("CLUSTER_DB_PORT", "3306"),
         "-u", os.environ.get("CLUSTER_DB_USER", "root"), "-N", "-B"] + ([database] if database else []),
        input=statement, capture_output=True, text=True,
        env=dict(os.environ, MYSQL_PWD=os.environ.get("CLUSTER_DB_PASSWORD", "")))
    if result.returncode != 0:
        raise RuntimeError("%s\nfailed: %s" % (statement[:500], result.stderr.strip()))
    return [line.split("\t") for line in result.stdout.splitlines()]


def new_id(expression, number="load_n.n"):
    """A UUID-shaped id made from an old id and the copy's number; NULL stays NULL."""
    digest = "MD5(CONCAT(%s, ':', %s))" % (expression, number)
    return ("CONCAT(SUBSTR({d}, 1, 8), '-', SUBSTR({d}, 9, 4), '-', SUBSTR({d}, 13, 4), '-', "
            "SUBSTR({d}, 17, 4), '-', SUBSTR({d}, 21, 12))").format(d=digest)


def main(database, copies):
    started = time.monotonic()
    template = sql(database, "SELECT id FROM tenant WHERE slug = '%s'" % TEMPLATE)[0][0]
    owner = sql(database, "SELECT id FROM account WHERE tenant_id = '%s' AND email = '%s'" % (template, OWNER))[0][0]
    token_hash = hashlib.sha256(API_SECRET.encode()).hexdigest()
    sql(database, "DELETE FROM api_token WHERE tenant_id = '{t}' AND token_hash = '{h}';"
                  "INSERT INTO api_token (id, tenant_id, version, created_at, name, token_hash, secret_prefix, roles, created_by)"
                  " VALUES ('{i}', '{t}', 0, UTC_TIMESTAMP(6), 'Load test', '{h}', '{p}', 'owner', '{o}')"
        .format(t=template, h=token_hash, p=API_SECRET[:12], o=owner, i="01a00000-0000-7000-8000-00000000a0a0"))

    tables = [row[0] for row in sql(database,
        "SELECT TABLE_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = 'tenant_id'"
        " ORDER BY TABLE_NAME")]
    references = {}
    for table, column in sql(database,
            "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
            " AND REFERENCED_TABLE_NAME IS NOT NULL AND COLUMN_NAME <> 'tenant_id'"):
        references.setdefault(table, set()).add(column)

    sql(database, "DROP TABLE IF EXISTS load_n; CREATE TABLE load_n (n INT PRIMARY KEY)")
    for first in range(1, copies + 1, 5000):
        sql(database, "INSERT INTO load_n VALUES " + ",".join("(%d)" % n for n in range(first, min(first + 5000, copies + 1))))

    columns_of = {}
    for table, column in sql(database, "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS"
                                       " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION"):
        columns_of.setdefault(table, []).append(column)
    tenant_columns = columns_of["tenant"]
    tenant_values = {"id": new_id("t.id"), "slug": "CONCAT('load-', LPAD(load_n.n, 5, '0'))",
                     "name": "CONCAT('Load programme ', load_n.n)", "custom_domain": "NULL", "exported_at": "NULL"}
    for first in range(1, copies + 1, BATCH):
        last = min(first + BATCH - 1, copies)
        statements = ["SET FOREIGN_KEY_CHECKS = 0"]
        statements.append("INSERT INTO tenant (%s) SELECT %s FROM tenant t JOIN load_n ON load_n.n BETWEEN %d AND %d WHERE t.id = '%s'" % (
            ", ".join(tenant_columns), ", ".join(tenant_values.get(c, "t." + c) for c in tenant_columns), first, last, template))
        for table in tables:
            columns = columns_of[table]
            mapped = []
            for column in columns:
                if column == "tenant_id":
                    mapped.append(new_id("'%s'" % template))
                elif column == "id" or column in references.get(table, ()):
                    mapped.append(new_id("r.`%s`" % column))
                else:
                    mapped.append("r.`%s`" % column)
            statements.append("INSERT INTO `%s` (%s) SELECT %s FROM `%s` r JOIN load_n ON load_n.n BETWEEN %d AND %d"
                              " WHERE r.tenant_id = '%s'" % (table, ", ".join("`%s`" % c for c in columns), ", ".join(mapped),
                                                             table, first, last, template))
        statements.append("SET FOREIGN_KEY_CHECKS = 1")
        sql(database, ";\n".join(statements))
        print("  %d of %d programmes copied" % (last, copies), file=sys.stderr)
    total = sql(database, "SELECT COUNT(*) FROM tenant")[0][0]
    print("seeded %d copies of %s in %.1f s; %s programmes in the database" % (copies, TEMPLATE, time.monotonic() - started, total))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
