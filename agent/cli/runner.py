"""Opening the session for a command and turning expected failures into one-line errors."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from agent.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, CliError


def _terminate(signum, _frame) -> None:
    # Leave through normal unwinding: the last completed step is already checkpointed and the
    # next start continues the turn.
    sys.exit(128 + signum)


@contextmanager
def session_for(settings) -> Iterator:
    from agent.providers import ProviderError
    from agent.providers.embedded import ModelLoadError
    from agent.session import PendingApproval, SessionBusy, SessionError, open_session

    signal.signal(signal.SIGTERM, _terminate)
    session = None
    try:
        session = open_session(settings)
        yield session
    except (ProviderError, ModelLoadError) as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from None
    except PendingApproval:
        raise
    except SessionBusy as exc:
        raise CliError(str(exc), EXIT_INTERNAL) from None
    except SessionError as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from None
    finally:
        if session is not None:
            session.close()
