"""Screenshots of training mode for the README: a lesson in progress and the certificate.

``python -m tests.gui.training_screenshots`` writes ``resources/screenshots/training_lesson_<lang>.png``
and ``training_certificate_<lang>.png`` (the certificate PDF as written for the trainee, rendered
by ``pdftoppm``). A script, not a test: it opens training through the door with the demo
province in a throwaway folder and wires the window as app.py does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.ui.lesson_panel import lesson_text  # noqa: E402
from lapor_desktop.ui.training_certificate import write_certificate  # noqa: E402
from lapor_desktop.ui.training_flow import TrainingFlow  # noqa: E402
from lapor_desktop.workbench.lessons import LESSONS  # noqa: E402
from tests.gui.window_screenshots import _settle, _wait, training_window  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
SIZE = QSize(1366, 768)


def shoot(app: QApplication, language: str, root: Path) -> list[Path]:
    win, training, bench, translator = training_window(app, language, root,
                                                       root / f"ui-{language}.ini")
    tasks, controller = win.services.tasks, win.services.sync
    flow = TrainingFlow(win, training, tell_on_quit=False)
    panel = flow.panel
    written = []
    try:
        win.show()
        win.resize(SIZE)
        controller.sync_now()
        _wait(lambda: controller.last_report is not None and not controller.running)
        _settle(tasks)
        # Lesson 1, done as a trainee does it: the nearest deadline opened.
        panel.lessons.setCurrentRow(0)
        panel.start_button.click()
        _wait(lambda: flow.book.current is not None and not panel.busy)
        win.filters.select_view("due_this_week")
        _settle(tasks)
        win.table.selectRow(0)
        _settle(tasks)
        panel.check_now()
        _wait(lambda: flow.book.is_done("deadline") and not panel.busy)
        # Lesson 2 in progress: its complaint open, the template applied.
        panel.lessons.setCurrentRow(1)
        panel.start_button.click()
        _wait(lambda: flow.book.current is not None and not panel.busy)
        win.filters.search.setText(flow.book.data("follow_up")["tracking"])
        win.filters.select_view("all")
        win.filters.emit_query()
        _wait(lambda: win.model.rowCount() == 1)
        win.table.selectRow(0)
        _settle(tasks)
        win.tabs.setCurrentWidget(win.editor)
        _wait(lambda: win.editor.complaint() is not None)
        win.editor.template_box.setCurrentIndex(0)
        win.editor.apply_button.click()
        panel.trainee.setText("Sari Dewi")
        panel.trainee.editingFinished.emit()
        _settle(tasks)
        path = OUT / f"training_lesson_{language}.png"
        assert win.size() == SIZE, win.size()
        win.grab().save(str(path))
        written.append(path)
        # The certificate of what is done so far, as the trainee exports it.
        pdf = root / f"sertifikat-{language}.pdf"
        officer = bench.officer()
        write_certificate(pdf, flow.book.trainee, officer.agency_name if officer else "",
                          flow.book.records(lesson_text))
        png = OUT / f"training_certificate_{language}"
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(png)],
                       check=True)
        written.append(png.with_suffix(".png"))
    finally:
        panel.timer.stop()
        win.close()
        controller.stop()
        tasks.shutdown()
        flow.close()
        bench.close()
        training.stop(remove=True)
        if translator is not None:
            app.removeTranslator(translator)
    assert len(LESSONS) == 7
    return written


def main() -> int:
    """Write the screenshots; prints the paths."""
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for language in sys.argv[1:] or ("id", "en"):
            for path in shoot(app, language, Path(tmp) / language):
                print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
