import { LoadingPage } from "@/components/ui/LoadingPage";

export default function Loading() {
  return <LoadingPage stats={false} rows={4} />;
}
