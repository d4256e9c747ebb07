"""Migration 4 keeps a dedup index written under schema 3 (list columns, df upserts)."""

from __future__ import annotations

import duckdb
import numpy as np

from sitrep.store import Store
from sitrep.store.store import _migrations, _statements


def test_schema_3_index_rows_survive_migration_4(db_path):
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for number, body in _migrations():
        if number <= 3:
            for statement in _statements(body):
                con.execute(statement)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
    con.execute("INSERT INTO dedup_stories VALUES ('s1', 7, DATE '2024-03-01', DATE '2024-03-02', "
                "2, NULL, NULL, NULL, ['north harbour', '2024'], [2, 1])")
    con.execute("INSERT INTO dedup_stories VALUES ('s2', 8, NULL, NULL, 1, NULL, NULL, NULL, "
                "[], [])")
    con.execute("INSERT INTO dedup_df VALUES (5, 3), (9, 1)")
    con.close()
    with Store(db_path) as st:
        assert st.schema_version() >= 4
        state = st.dedup_state(30)
        rows = {r["story_id"]: r for r in state["stories"]}
        assert rows["s1"]["seq"] == 7
        assert rows["s1"]["entities"] == ["north harbour", "2024"]
        assert rows["s1"]["entity_counts"] == [2, 1]
        assert rows["s2"]["entities"] == [] and rows["s2"]["entity_counts"] == []
        assert list(state["df_features"]) == [5, 9] and list(state["df_counts"]) == [3, 1]
        # df rows are appended; the largest per feature counts, and compaction keeps it
        with st.transaction():
            st.dedup_save(df={"feature": np.array([5], dtype=np.int32),
                              "df": np.array([4], dtype=np.int32)})
        assert list(st.dedup_state(30)["df_counts"]) == [4, 1]
        assert st.dedup_df_rows() == 3
        with st.transaction():
            st.dedup_compact_df()
        assert st.dedup_df_rows() == 2
        assert list(st.dedup_state(30)["df_counts"]) == [4, 1]
