//go:build !linux

package raw

import "syscall"

func childAttributes() *syscall.SysProcAttr { return nil }

func lowerPriority(pid int) {}

// watchMemory has no portable way to read another process's memory: the
// child's own heap check is the bound.
func watchMemory(pid int, limit int64, done <-chan struct{}, over func()) {}
