import { useEffect, useRef, useState, type RefObject } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Lets a file be dropped anywhere on an element. Dropping is a shortcut for the labelled file
 * input beside it, so the element stays a plain region for assistive technology.
 */
export function useFileDrop<T extends HTMLElement>(onFile: (file: File) => void): { ref: RefObject<T | null>; isDragging: boolean } {
  const ref = useRef<T>(null);
  const [isDragging, setDragging] = useState(false);
  const latestOnFile = useRef(onFile);
  useEffect(() => {
    latestOnFile.current = onFile;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!element.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) latestOnFile.current(file);
    };
    element.addEventListener('dragover', onDragOver);
    element.addEventListener('dragleave', onDragLeave);
    element.addEventListener('drop', onDrop);
    return () => {
      element.removeEventListener('dragover', onDragOver);
      element.removeEventListener('dragleave', onDragLeave);
      element.removeEventListener('drop', onDrop);
    };
  }, []);
  return { ref, isDragging };
}
