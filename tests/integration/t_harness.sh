#!/usr/bin/env bash
# t_harness.sh - the harness checks itself: t_corpus.sh --no-milter signs the
# corpus with openssl instead of certmilter and feeds verify.py deliberately
# broken outputs (changed content, headers, structure, untrusted signer,
# wrong first signer, changed protected input); each must be reported as a
# failure, so every check of t_corpus.sh is shown to be able to fail.
exec bash "$(dirname "$0")/t_corpus.sh" --no-milter "$@"
