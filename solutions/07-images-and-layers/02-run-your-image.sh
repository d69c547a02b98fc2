#!/bin/sh
docker run --name kata-app-run kata-app:1
docker history kata-app:1
