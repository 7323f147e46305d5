"""Node functions of the turn graph, each built over the process's Services."""
