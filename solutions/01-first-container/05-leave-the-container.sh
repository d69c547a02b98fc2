#!/bin/sh
# Inside the container, press Ctrl-D (or type exit):
# key: C-d
