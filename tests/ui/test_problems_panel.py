"""The Problems panel's words: the window's own actions, never a command to type."""

from __future__ import annotations

from desktop.ui.problems import PASSWORD_ACTION, ProblemsPanel, what_to_do
from index.catalog.records import ProblemRow
from index.problems import Problem, ProblemKind


def row(kind: ProblemKind, path: str = "/desk/file.pdf") -> ProblemRow:
    """The catalog's record of a problem of ``kind``, as the engine words it."""
    problem = Problem.of(kind, what="x", limit="60 s")
    return ProblemRow(path, kind.value, problem.reason, problem.action, "", 1, 1, None, "now")


def test_no_advice_in_the_window_names_a_command() -> None:
    """GIVEN every kind of problem WHEN the panel words what to do THEN none tells the user to
    run casedesk, while the engine's advice (what the command line prints) still does."""
    for kind in ProblemKind:
        assert "casedesk" not in what_to_do(row(kind)), kind
    assert "casedesk add --password" in row(ProblemKind.PASSWORD).action


def test_a_password_problem_points_to_the_enter_password_button(qtbot) -> None:
    """GIVEN a password-protected file and a damaged one in the panel WHEN the protected one is
    selected THEN its advice names the Enter password… button, which is enabled; the damaged one
    keeps the engine's advice."""
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.show_problems([row(ProblemKind.PASSWORD, "/a.pdf"), row(ProblemKind.DAMAGED, "/b.doc")])
    assert panel.password_button.text() == PASSWORD_ACTION == "Enter password…"
    assert PASSWORD_ACTION in panel.table.item(0, 2).text()
    assert panel.table.item(1, 2).text() == row(ProblemKind.DAMAGED).action
    panel.select_path("/a.pdf")
    assert panel.password_button.isEnabled()
    with qtbot.waitSignal(panel.password_given) as given:
        panel._ask_password("secret")
    assert given.args == ["/a.pdf", "secret"]
