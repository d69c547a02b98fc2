#!/bin/sh
docker run --rm ubuntu uname -r
# The one line it prints is the kernel release.
# answer: uname -r\s*\n(\S+)

# variant: another image asks the same kernel
docker run --rm alpine uname -r
# answer: uname -r\s*\n(\S+)

# variant: docker info's Kernel Version
docker info --format '{{.KernelVersion}}'
# answer: KernelVersion}}'\s*\n(\S+)

# near miss: uname without -r, the kernel's name
docker run --rm ubuntu uname
# answer: ubuntu uname\s*\n(\S+)
# expect: which is the operating system

# near miss: the Ubuntu release, not the kernel
docker run --rm ubuntu cat /etc/os-release
# answer: VERSION_ID="([^"]+)"
# expect: which is not it
