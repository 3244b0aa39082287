.PHONY: run test lint bench bundle translations

run:
	./packaging/dev.sh run

test:
	./packaging/dev.sh test

lint:
	.venv/bin/ruff check humas_desktop tests benchmarks
	.venv/bin/mypy humas_desktop --exclude 'humas_desktop/ui/'
	.venv/bin/lint-imports

bench:
	./packaging/dev.sh bench

translations:
	.venv/bin/python -m humas_desktop.build_translations --update

bundle:
	./packaging/dev.sh bundle
