#!/bin/sh
docker info
# The Registry: line near the end.
# answer: Registry:\s*(\S+)
